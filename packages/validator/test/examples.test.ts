import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintTrial } from '../src/engine/lint-trial.js';
import { presetSettings } from '../src/engine/severity-config.js';
import { allRules } from '../src/rules/index.js';

const examplesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../examples');
const names = readdirSync(examplesDir)
  .filter((name) => name.endsWith('.trial.yaml'))
  .sort();
const settings = presetSettings('recommended', allRules);

function findings(name: string) {
  const text = readFileSync(join(examplesDir, name), 'utf8');
  return lintTrial(text, { filePath: name, rules: allRules, settings, asOf: '2026-11-21' }).report.findings;
}

/** The published flaws each transcribed record keeps on purpose; the linter must find them. */
const knownFlaws: Record<string, string[]> = {
  'NCT04011033.trial.yaml': [
    'primary-outcome-required',
    'enrollment-required',
    'responsible-party-investigator',
  ],
  'NCT04163237.trial.yaml': [
    'eligibility-text-matches-ages',
    'intervention-description-required',
    'primary-outcome-required',
  ],
  'NCT05032014.trial.yaml': [
    'healthy-control-needs-healthy-volunteers',
    'contact-phone-format',
    'verified-date-stale',
  ],
  'NCT05143125.trial.yaml': ['contact-fields-required', 'primary-outcome-required'],
  'NCT06924645.trial.yaml': ['primary-outcome-required', 'official-title-required'],
};

describe('the five examples keep their published flaws', () => {
  it('covers every example', () => {
    expect(names).toEqual(Object.keys(knownFlaws));
  });

  it.each(names)('%s: the known flaws are found, nothing reads as a schema or syntax problem', (name) => {
    const messages = findings(name);
    for (const ruleId of knownFlaws[name] ?? [])
      expect(messages.map((message) => message.ruleId)).toContain(ruleId);
    expect(messages.filter((message) => message.ruleId === 'schema' || message.ruleId === 'syntax')).toEqual(
      [],
    );
  });

  it('pins every finding (rule, severity, position, message) as of 2026-11-21', async () => {
    const listing = names
      .map((name) =>
        [
          `# ${name}`,
          ...findings(name).map(
            (m) =>
              `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity} ${m.ruleId} ${m.pointer ?? ''}\n    ${m.message}`,
          ),
        ].join('\n'),
      )
      .join('\n\n');
    await expect(listing + '\n').toMatchFileSnapshot('./examples.findings.txt');
  });
});
