import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_OF, cleanTrial, runCli, tempProject } from './run-cli.js';

const study = (protocolSection: object): string => JSON.stringify({ protocolSection });
const identification = { identificationModule: { nctId: 'NCT01234567', briefTitle: 'A study' } };

/** Input problems get a message about the input (with where), never "internal error, please report". */
describe('input problems are reported as such (issue 17, item 6)', () => {
  it('import keeps a "__proto__" key of a record as data, and says the schema does not know it', () => {
    const dir = tempProject({
      'r.json': `{"protocolSection": {"identificationModule": {"nctId": "NCT01234567", "__proto__": {"x": 1}}}}`,
    });
    const run = runCli(['import', 'r.json', '-o', 'r.trial.yaml'], { cwd: dir });
    expect(run.stderr).not.toMatch(/internal error|report/i);
    expect(run.stderr).toContain(
      '/identificationModule/__proto__: Unknown key "__proto__" in Study Identification (identificationModule).',
    );
    expect(readFileSync(join(dir, 'r.trial.yaml'), 'utf8')).toContain('  __proto__:\n    x: 1\n');
    expect(run.status).toBe(0);
  });

  it('import refuses a record too large for a trial file, and writes nothing', () => {
    const dir = tempProject({
      'big.json': study({
        ...identification,
        descriptionModule: { briefSummary: 'x'.repeat(9 * 1024 * 1024) },
      }),
    });
    const run = runCli(['import', 'big.json', '-o', 'big.trial.yaml'], { cwd: dir });
    expect(run.stderr).toContain(
      'big.json: The record is too large for a trial file: written out it would be 9.0 MB, more than the 8.0 MB a trial file may have. Nothing was written.',
    );
    expect(run.stderr).not.toMatch(/internal error|report/i);
    expect(existsSync(join(dir, 'big.trial.yaml'))).toBe(false);
    expect(run.status).toBe(1);
  });

  it.each([
    ['an undefined alias', 'rules: *nope\n', ':1:8: The alias *nope refers to no anchor &nope before it'],
    [
      'an alias bomb',
      `a: &a [x, x, x, x, x, x, x, x, x, x]\n${['b', 'c', 'd']
        .map((name, index) => `${name}: &${name} [${Array(10).fill(`*${'abc'[index]}`).join(', ')}]`)
        .join('\n')}\n`,
      ':2:8: The YAML aliases here expand to more than 50 copies',
    ],
  ])('lint names %s in .trialyamlrc.yaml with its line and column (exit 2)', (_name, config, message) => {
    const dir = tempProject({ '.trialyamlrc.yaml': config, 'a.trial.yaml': cleanTrial });
    const run = runCli(['lint', '--as-of', AS_OF, 'a.trial.yaml'], { cwd: dir });
    expect(run.stderr).toContain(
      `trialyaml: Invalid configuration: ${join(dir, '.trialyamlrc.yaml')}${message}`,
    );
    expect(run.stderr).not.toMatch(/internal error|report/i);
    expect(run.status).toBe(2);
  });

  it('lint names an undefined alias in a trial file as such, not as an alias bomb', () => {
    const dir = tempProject({ 'a.trial.yaml': `${cleanTrial}extra: *nope\n` });
    const run = runCli(['lint', '--as-of', AS_OF, '--format', 'json', 'a.trial.yaml'], { cwd: dir });
    const [report] = JSON.parse(run.stdout) as Array<{
      messages: Array<{ ruleId: string; message: string }>;
    }>;
    expect(report?.messages.map((message) => message.message)).toEqual([
      'The alias *nope refers to no anchor &nope before it; define the anchor (&nope) earlier or write the value out.',
    ]);
    expect(run.status).toBe(1);
  });
});
