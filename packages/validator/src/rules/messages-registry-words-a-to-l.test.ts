import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintTrial } from '../engine/lint-trial.js';
import { presetSettings } from '../engine/severity-config.js';
import { allRules } from './index.js';

/**
 * Issue 14, item 3: messages name fields in the registry's words first. For the rules from
 * acronym-not-in-brief-title to lead-sponsor-required, every YAML path a message shows comes after a form label,
 * inside its parentheses ("Brief Summary (descriptionModule.briefSummary)"): a module path never stands alone.
 */
const RULES = [
  'acronym-not-in-brief-title',
  'actual-date-not-future',
  'age-range-order',
  'arm-description-when-shared',
  'arm-has-intervention',
  'arm-intervention-reference',
  'arm-label-unique',
  'arms-required',
  'biospecimen-description',
  'biospecimen-retention-required',
  'brief-summary-content',
  'brief-summary-required',
  'brief-title-required',
  'closed-study-open-sites',
  'completion-date-required',
  'completion-dates-actual-when-closed',
  'conditions-required',
  'contact-email-format',
  'contact-fields-required',
  'contact-phone-format',
  'contact-required-while-recruiting',
  'date-exists',
  'date-order',
  'date-precision',
  'delayed-posting-needs-unapproved-device',
  'device-feasibility-needs-device',
  'device-follow-up-flags',
  'eligibility-criteria-structure',
  'eligibility-required',
  'eligibility-text-matches-ages',
  'eligibility-text-matches-sex',
  'enrollment-actual-when-active-not-recruiting',
  'enrollment-positive',
  'enrollment-required',
  'enrollment-type-matches-status',
  'estimated-date-past',
  'expanded-access-record-link',
  'expanded-access-type-required',
  'fda-regulated-flags-required',
  'federal-grant-secondary-id',
  'gender-description-about-gender',
  'gender-description-required',
  'healthy-control-needs-healthy-volunteers',
  'intervention-description-informative',
  'intervention-description-required',
  'intervention-in-arm',
  'intervention-nonproprietary-name',
  'intervention-unique',
  'interventional-design-not-observational',
  'interventional-design-required',
  'interventional-only-fields',
  'interventions-required',
  'lead-sponsor-required',
];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** The ```yaml block under "## Invalid" of a rule's docs page: it triggers the rule (the catalogue test says so). */
function invalidExample(id: string): string {
  const page = readFileSync(join(root, 'docs/rules', `${id}.md`), 'utf8');
  const section = page.split(/^## /m).find((part) => part.startsWith('Invalid\n')) ?? '';
  return /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
}

function trialFiles(dir: string): string[] {
  return readdirSync(join(root, dir))
    .filter((name) => name.endsWith('.trial.yaml'))
    .map((name) => readFileSync(join(root, dir, name), 'utf8'));
}

const settings = presetSettings('strict', allRules);

function messages(text: string): Array<{ ruleId: string; message: string }> {
  return lintTrial(text, { rules: allRules, settings, asOf: '2026-11-21' })
    .report.findings.filter((finding) => RULES.includes(finding.ruleId))
    .map(({ ruleId, message }) => ({ ruleId, message }));
}

/** A module path that does not open a parenthesis after a label: `statusModule.overallStatus is ...`. */
const BARE_PATH = /(?<!\()\b[a-z]+Module\b/;

describe('messages of the first half of the rules speak the registry’s words', () => {
  const found = [
    ...RULES.flatMap((id) => messages(invalidExample(id))),
    ...['examples', 'fixtures/ctgov-corpus'].flatMap(trialFiles).flatMap(messages),
  ];

  it('are many: every rule in the list reports on its own docs example', () => {
    expect(RULES.filter((id) => !found.some((finding) => finding.ruleId === id))).toEqual([]);
  });

  it('name a module path only after a form label, in its parentheses', () => {
    expect(found.filter(({ message }) => BARE_PATH.test(message))).toEqual([]);
  });

  it('show a multi-word enum code only in parentheses after its label ("Not yet recruiting (NOT_YET_RECRUITING)")', () => {
    // Only codes with an underscore are certain to be codes: "DNA", "FDA" or "NIH" may be words of a label.
    const bare = found.flatMap(({ message }) => message.match(/(?<!\()\b[A-Z]+_[A-Z_]*[A-Z]\b(?!\))/g) ?? []);
    expect(bare).toEqual([]);
  });
});
