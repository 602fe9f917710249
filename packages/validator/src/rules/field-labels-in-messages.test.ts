import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintTrial } from '../engine/lint-trial.js';
import type { Rule } from '../engine/rule.js';
import { allRules } from './index.js';

/**
 * Issue 14, item 3: messages name a field by the registry's form label first, with its YAML path after it.
 * Checked here for the status, design, outcome, site and reference rules whose messages were rewritten so
 * (the deadline rules quote core's account of the due day, which names the dates it used by their paths).
 */
const RULE_IDS = [
  'legacy-enum-value',
  'location-fields-required',
  'masking-level-matches-roles',
  'multi-arm-design-arm-count',
  'no-intervention-arm-empty',
  'no-placeholder-text',
  'no-surrounding-whitespace',
  'observational-design-required',
  'observational-only-fields',
  'official-fields-required',
  'official-title-required',
  'org-study-id-required',
  'outcome-description-present',
  'outcome-fields-required',
  'outcome-title-specific',
  'outcome-unique',
  'overall-status-required',
  'patient-registry-duration',
  'phase-combination',
  'phase-na-with-drug',
  'phase-na-without-drug',
  'primary-completion-date-required',
  'primary-outcome-required',
  'recruiting-needs-recruiting-site',
  'reference-citation-required',
  'responsible-party-investigator',
  'responsible-party-required',
  'see-also-link-fields',
  'single-arm-allocation-na',
  'single-group-one-arm',
  'site-recruiting-needs-overall-recruiting',
  'site-status-required',
  'standard-ages-match',
  'start-date-required',
  'start-date-type-matches-status',
  'status-enterable',
  'status-matches-study-type',
  'status-verified-date-required',
  'study-type-required',
  'system-field-in-draft',
  'us-export-flag',
  'verified-date-not-future',
  'verified-date-stale',
  'why-stopped-required',
  'why-stopped-unexpected',
  'withdrawn-enrollment-zero',
];

const rules: Rule[] = allRules.filter((rule) => RULE_IDS.includes(rule.meta.id));
const settings = new Map(rules.map((rule) => [rule.meta.id, rule.meta.defaultSeverity]));

/** Drafts with many flaws at once, so that most of the rules speak. */
const DRAFTS: Record<string, string> = {
  'interventional draft': `identificationModule:
  briefTitle: " Exercise for knee pain"
  officialTitle: TBD
  orgStudyIdInfo:
    id: ""
statusModule:
  overallStatus: UNKNOWN
  lastKnownStatus: ACTIVE_NOT_RECRUITING
  statusVerifiedDate: 2030-01
  whyStopped: Funding
  startDateStruct:
    date: 2025-01-01
  studyFirstSubmitDate: 2025-01-02
sponsorCollaboratorsModule:
  responsibleParty:
    type: PRINCIPAL_INVESTIGATOR
oversightModule:
  isFdaRegulatedDrug: true
designModule:
  studyType: INTERVENTIONAL
  patientRegistry: true
  phases: [PHASE1, PHASE3]
  designInfo:
    allocation: RANDOMIZED
    interventionModel: SINGLE_GROUP
    primaryPurpose: ECT
    timePerspective: PROSPECTIVE
    maskingInfo:
      masking: DOUBLE
      whoMasked: [PARTICIPANT]
armsInterventionsModule:
  armGroups:
    - label: Exercise
      type: EXPERIMENTAL
      interventionNames: ["Behavioral: Exercise"]
    - label: Waiting list
      type: NO_INTERVENTION
      interventionNames: ["Behavioral: Exercise"]
  interventions:
    - type: BEHAVIORAL
      name: Exercise
      armGroupLabels: [Exercise, Waiting list]
outcomesModule:
  primaryOutcomes:
    - measure: Efficacy
      timeFrame: 12 weeks
    - measure: Pain
  secondaryOutcomes:
    - measure: Efficacy
      timeFrame: 12 weeks
eligibilityModule:
  minimumAge: 18 Years
  stdAges: [CHILD, ADULT]
contactsLocationsModule:
  overallOfficials:
    - name: Jane Doe, MD
  locations:
    - facility: Clinic A
      status: RECRUITING
      country: France
    - city: Lyon
      country: France
referencesModule:
  references:
    - type: BACKGROUND
  seeAlsoLinks:
    - label: Study site
      url: www.example.org/study
    - url: https://example.org
`,
  'observational draft': `identificationModule:
  briefTitle: Registry of knee pain
statusModule:
  overallStatus: AVAILABLE
  statusVerifiedDate: 2020-01
designModule:
  studyType: OBSERVATIONAL
  patientRegistry: true
  designInfo:
    observationalModel: NATURAL_HISTORY
`,
  'phase without a drug': `statusModule:
  overallStatus: RECRUITING
  statusVerifiedDate: 2026-11
  startDateStruct:
    date: 2026-01-01
    type: ESTIMATED
designModule:
  studyType: INTERVENTIONAL
  phases: [PHASE2]
  targetDuration: 48 Hours
  designInfo:
    allocation: NON_RANDOMIZED
armsInterventionsModule:
  armGroups:
    - label: Device
      type: EXPERIMENTAL
  interventions:
    - type: DEVICE
      name: Brace
contactsLocationsModule:
  locations:
    - facility: Mayo Clinic
      city: Rochester
      country: United States
      status: NOT_YET_RECRUITING
`,
  'withdrawn drug trial': `statusModule:
  overallStatus: WITHDRAWN
  startDateStruct:
    date: 2024-01-01
    type: ACTUAL
  completionDateStruct:
    date: 2025-01-01
designModule:
  studyType: EXPANDED_ACCESS
  phases: [NA]
  designInfo:
    primaryPurpose: TREATMENT
  enrollmentInfo:
    count: 60
    type: ESTIMATED
armsInterventionsModule:
  interventions:
    - type: DRUG
      name: Metformin
`,
  'missing answers': `statusModule:
  statusVerifiedDate: 2026-11
designModule:
  studyType: OBSERVATIONAL
sponsorCollaboratorsModule:
  responsibleParty: {}
`,
};

const examplesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../examples');
const corpusDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../fixtures/ctgov-corpus');
const files: Array<[string, string]> = [
  ...Object.entries(DRAFTS),
  ...[examplesDir, corpusDir].flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.trial.yaml'))
      .map((name): [string, string] => [name, readFileSync(join(dir, name), 'utf8')]),
  ),
];

const findings = files.flatMap(([name, text]) =>
  lintTrial(text, { filePath: name, rules, settings, asOf: '2026-11-21' }).report.findings.filter((finding) =>
    RULE_IDS.includes(finding.ruleId),
  ),
);

/** A YAML key path in a message: `designModule.designInfo.allocation`, `contactsLocationsModule.locations[0]`. */
const PATH = /\b[a-z][A-Za-z]*Module(?:\.[A-Za-z_]+|\[\d*\])+/g;

/** The paths in a message that stand alone: not in brackets after a label, and not a list entry (`...[0]`). */
function barePaths(message: string): string[] {
  return [...message.matchAll(PATH)]
    .filter((match) => message.charAt((match.index ?? 0) - 1) !== '(' && !match[0].endsWith(']'))
    .map((match) => match[0]);
}

describe('the messages of the status, design, outcome, site and reference rules', () => {
  it('are many, from most of the rules (the check below is not vacuous)', () => {
    const speaking = new Set(findings.map((finding) => finding.ruleId));
    expect(rules).toHaveLength(RULE_IDS.length);
    expect(speaking.size).toBeGreaterThanOrEqual(40);
  });

  it('give a YAML path only after a form label, in brackets, or for a list entry named by its place', () => {
    const bare = findings.flatMap((finding) =>
      barePaths(finding.message).map((path) => `${finding.ruleId}: ${path} in "${finding.message}"`),
    );
    expect(bare).toEqual([]);
  });

  it('(the check finds the old style of message)', () => {
    expect(
      barePaths(
        'statusModule.whyStopped is only for a study that is SUSPENDED; correct statusModule.overallStatus.',
      ),
    ).toEqual(['statusModule.whyStopped', 'statusModule.overallStatus']);
    expect(
      barePaths(
        'Why Study Stopped (statusModule.whyStopped) is only for Site contactsLocationsModule.locations[0].',
      ),
    ).toEqual([]);
  });

  it('show enum codes with their registry label before them', () => {
    // A code in brackets after a label: "Recruiting (RECRUITING)"; no code stands alone between spaces.
    const loose = findings.flatMap((finding) =>
      [
        ...finding.message.matchAll(
          /(?<=\s)(?:RECRUITING|COMPLETED|WITHDRAWN|RANDOMIZED|SINGLE_GROUP)(?=[\s,.;:])/g,
        ),
      ].map((match) => `${finding.ruleId}: ${match[0]} in "${finding.message}"`),
    );
    expect(loose).toEqual([]);
  });
});
