import { parseArgs } from 'node:util';
import { allRules, presetSettings } from '@trialyaml/validator';
import type { CliIO } from '../cli-io.js';
import { ExitCode } from '../exit-codes.js';

export const rulesHelp = `Usage: trialyaml rules [--format text|json]

Lists every rule: id, severity in the recommended and strict presets, whether --fix can fix it, description
and docs page.
`;

/** `trialyaml rules`: the rule catalogue. */
export function rulesCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      format: { type: 'string', short: 'f', default: 'text' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(rulesHelp);
    return Promise.resolve(ExitCode.Ok);
  }
  const recommended = presetSettings('recommended', allRules);
  const strict = presetSettings('strict', allRules);
  const rows = allRules.map((rule) => ({
    id: rule.meta.id,
    recommended: recommended.get(rule.meta.id) ?? 'off',
    strict: strict.get(rule.meta.id) ?? 'off',
    fixable: rule.meta.fixable,
    category: rule.meta.category,
    description: rule.meta.description,
    docsUrl: rule.meta.docsUrl,
  }));
  if (values.format === 'json') {
    io.stdout.write(JSON.stringify(rows, null, 2) + '\n');
    return Promise.resolve(ExitCode.Ok);
  }
  if (values.format !== 'text') {
    io.stderr.write(`trialyaml: Unknown format "${values.format}". Use text or json.\n`);
    return Promise.resolve(ExitCode.Failure);
  }
  const idWidth = Math.max(...rows.map((row) => row.id.length));
  const lines = [`${'rule'.padEnd(idWidth)}  recommended  strict   fix  description`];
  for (const row of rows) {
    lines.push(
      `${row.id.padEnd(idWidth)}  ${row.recommended.padEnd(11)}  ${row.strict.padEnd(7)}  ${row.fixable ? 'yes' : '   '}  ${row.description}`,
    );
    lines.push(`${' '.repeat(idWidth)}  ${row.docsUrl}`);
  }
  lines.push(
    '',
    `${rows.length} rules. Configure them in .trialyamlrc.yaml (extends, rules, overrides).`,
    '',
  );
  io.stdout.write(lines.join('\n'));
  return Promise.resolve(ExitCode.Ok);
}
