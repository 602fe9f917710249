import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintTrial } from '../engine/lint-trial.js';
import { presetSettings } from '../engine/severity-config.js';
// @ts-expect-error -- a plain .mjs script without type declarations
import { realRecords } from '../../scripts/precision.mjs';
import { allRules } from './index.js';

// The rules that catch what a registry reviewer catches on real records (issue 15): every example their docs pages
// show behaves as the page says, and their messages name fields in the registry's words.

const REVIEWER_RULES = [
  'placebo-arm-has-placebo',
  'healthy-volunteers-match-criteria',
  'investigator-field-kind',
  'arm-products-in-interventions',
  'outcome-one-time-point',
  'outcome-time-frame-specific',
  'eligibility-criteria-not-placeholder',
];

const here = dirname(fileURLToPath(import.meta.url));
const docsDir = resolve(here, '../../../../docs/rules');
const settings = presetSettings('recommended', allRules);
const lint = (yaml: string) =>
  lintTrial(yaml, { rules: allRules, settings, asOf: '2026-11-21' }).report.findings;

/** Every ```yaml block under a "## <heading>" section of a docs page (the catalogue test reads only the first). */
function examples(page: string, heading: string): string[] {
  const section = page.split(/^## /m).find((part) => part.startsWith(`${heading}\n`)) ?? '';
  return [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
}

/** Module paths in a message that no form label stands before: "eligibilityModule.x" rather than "Label (eligibilityModule.x)". */
function barePaths(message: string): string[] {
  const withLabels = message.replace(/[A-Z][\w/ -]* \((?:\w+Module)[\w.[\]]*\)/g, '');
  return withLabels.match(/\b\w+Module\b[\w.[\]]*/g) ?? [];
}

describe('the reviewer rules of issue 15', () => {
  it.each(REVIEWER_RULES)(
    '%s: every Invalid example of its docs page triggers it, no Valid one does',
    (id) => {
      const page = readFileSync(join(docsDir, `${id}.md`), 'utf8');
      const invalid = examples(page, 'Invalid');
      const valid = examples(page, 'Valid');
      expect(invalid.length).toBeGreaterThanOrEqual(1);
      expect(valid.length).toBeGreaterThanOrEqual(1);
      for (const yaml of invalid)
        expect(
          lint(yaml).some((finding) => finding.ruleId === id),
          `Invalid example must trigger ${id}:\n${yaml}`,
        ).toBe(true);
      for (const yaml of valid)
        expect(
          lint(yaml).filter((finding) => finding.ruleId === id),
          `Valid example must not trigger ${id}`,
        ).toEqual([]);
    },
  );

  it('name every field by its form label before its YAML path, on the real records and the docs examples', () => {
    const texts = [
      ...(realRecords() as Array<{ text: string }>).map((record) => record.text),
      ...REVIEWER_RULES.flatMap((id) => examples(readFileSync(join(docsDir, `${id}.md`), 'utf8'), 'Invalid')),
    ];
    const findings = texts.flatMap((text) =>
      lint(text).filter((finding) => REVIEWER_RULES.includes(finding.ruleId)),
    );
    // Each of the seven rules speaks at least once, so the check below is about all of them.
    expect(new Set(findings.map((finding) => finding.ruleId))).toEqual(new Set(REVIEWER_RULES));
    const messages = findings.map((finding) => finding.message);
    expect(messages.filter((message) => barePaths(message).length > 0)).toEqual([]);
    expect(messages.every((message) => /[A-Z][\w/ -]* \(\w+Module[\w.[\]]*\)/.test(message))).toBe(true);
  });

  it('never fail on values of the wrong kind where these rules read text', () => {
    // Numbers, lists and maps where the rules expect text: the loader keeps them, the rules must pass them by.
    const odd = `sponsorCollaboratorsModule:
  responsibleParty:
    type: PRINCIPAL_INVESTIGATOR
    investigatorFullName: 42
    investigatorTitle: [Professor]
    investigatorAffiliation: 7
armsInterventionsModule:
  armGroups:
    - label: 12
      type: PLACEBO_COMPARATOR
      description: 25
      interventionNames: [3]
    - label: [rhG-CSF]
      type: EXPERIMENTAL
      description: { dose: 25mg }
  interventions:
    - type: DRUG
      name: 3
      description: 2.5
      otherNames: [1]
      armGroupLabels: [12]
    - type: DRUG
      name: PEG-rhG-CSF
      description: [25mg]
outcomesModule:
  primaryOutcomes:
    - measure: 5
      timeFrame: 6
    - measure: [Pain]
      timeFrame: { at: 1-hour }
eligibilityModule:
  eligibilityCriteria: 3
  healthyVolunteers: true
contactsLocationsModule:
  overallOfficials:
    - name: 1
      affiliation: [Professor]
  locations:
    - facility: 9
      contacts:
        - name: 9
`;
    const failures = lint(odd).filter(
      (finding) => REVIEWER_RULES.includes(finding.ruleId) && /The rule failed/.test(finding.message),
    );
    expect(failures.map((finding) => `${finding.ruleId}: ${finding.message}`)).toEqual([]);
  });
});
