// The draft that "TrialYAML: New Trial" opens: every module a registration needs, filled with a small, coherent
// example study. The example values are snippet placeholders (Tab moves from one to the next), and the dates are
// computed from today, so the draft passes `trialyaml lint` as it is and each value is one keystroke from replaced.
import { TRIAL_SCHEMA_ID } from '@trialyaml/core';

/** Months after the month of `today` (yyyy-MM-dd) as yyyy-MM. */
function monthsLater(today: string, months: number): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1 + months;
  const date = new Date(Date.UTC(year + Math.floor(month / 12), ((month % 12) + 12) % 12, 1));
  return date.toISOString().slice(0, 7);
}

/**
 * The template as snippet text (`${n:example}` placeholders, final cursor `$0`). `today` (yyyy-MM-dd) sets the
 * dates: verified this month, start in two months, primary completion two years later, completion six months after.
 */
export function newTrialSnippet(today: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new RangeError(`"${today}" is not a day (yyyy-MM-dd).`);
  const start = monthsLater(today, 2);
  const primaryCompletion = monthsLater(today, 26);
  const completion = monthsLater(today, 32);
  return `# yaml-language-server: \\$schema=${TRIAL_SCHEMA_ID}
# New trial draft: the values are an example study. Replace them (Tab moves to the next one), add or remove
# arms, outcomes and sites, and watch the Problems panel. Preview: TrialYAML: Open Preview to the Side.
identificationModule:
  orgStudyIdInfo:
    id: \${1:ORG-${today.slice(0, 4)}-001}
  briefTitle: \${2:Vitamin D Supplements for Adults With Mild Asthma}
  officialTitle: \${3:A Randomized, Double-Blind, Placebo-Controlled Trial of Daily Vitamin D3 in Adults With Mild Persistent Asthma}
statusModule:
  statusVerifiedDate: ${today.slice(0, 7)}
  overallStatus: NOT_YET_RECRUITING
  startDateStruct:
    date: ${start}
    type: ESTIMATED
  primaryCompletionDateStruct:
    date: ${primaryCompletion}
    type: ESTIMATED
  completionDateStruct:
    date: ${completion}
    type: ESTIMATED
sponsorCollaboratorsModule:
  responsibleParty:
    type: SPONSOR
  leadSponsor:
    name: \${4:Northfield University Hospital}
oversightModule:
  oversightHasDmc: true
  isFdaRegulatedDrug: false
  isFdaRegulatedDevice: false
descriptionModule:
  briefSummary: |
    \${5:This study tests whether a daily vitamin D3 supplement reduces asthma attacks in adults with mild asthma
    compared with a placebo capsule taken for 12 months.}
conditionsModule:
  conditions:
    - \${6:Asthma}
  keywords:
    - \${7:vitamin D}
designModule:
  studyType: INTERVENTIONAL
  phases:
    - PHASE2
  designInfo:
    allocation: RANDOMIZED
    interventionModel: PARALLEL
    primaryPurpose: PREVENTION
    maskingInfo:
      masking: DOUBLE
      whoMasked:
        - PARTICIPANT
        - INVESTIGATOR
  enrollmentInfo:
    count: \${8:240}
    type: ESTIMATED
armsInterventionsModule:
  armGroups:
    - label: Vitamin D3
      type: EXPERIMENTAL
      description: One 2000 IU vitamin D3 capsule daily for 12 months.
      interventionNames:
        - "Drug: Cholecalciferol"
    - label: Placebo
      type: PLACEBO_COMPARATOR
      description: One matching placebo capsule daily for 12 months.
      interventionNames:
        - "Drug: Placebo"
  interventions:
    - type: DRUG
      name: Cholecalciferol
      description: Vitamin D3, 2000 IU oral capsule once daily.
      armGroupLabels:
        - Vitamin D3
    - type: DRUG
      name: Placebo
      description: Identical-looking capsule without active ingredient, once daily.
      armGroupLabels:
        - Placebo
outcomesModule:
  primaryOutcomes:
    - measure: \${9:Number of severe asthma exacerbations}
      description: Exacerbations needing systemic corticosteroids for at least 3 days, counted per participant.
      timeFrame: \${10:From randomization to month 12}
eligibilityModule:
  eligibilityCriteria: |
    Inclusion Criteria:

    * \${11:Physician-diagnosed asthma for at least 12 months}

    Exclusion Criteria:

    * \${12:Kidney stones in the last 5 years}
  healthyVolunteers: false
  sex: ALL
  minimumAge: 18 Years
  maximumAge: 65 Years
contactsLocationsModule:
  centralContacts:
    - name: \${13:Maria Keller, RN}
      role: CONTACT
      phone: \${14:+1 555 010 2030}
      email: \${15:study-contact@example.org}
  overallOfficials:
    - name: \${16:Daniel Okafor, MD}
      affiliation: \${4}
      role: PRINCIPAL_INVESTIGATOR
  locations:
    - facility: \${4}
      status: NOT_YET_RECRUITING
      city: \${17:Northfield}
      state: \${18:Minnesota}
      zip: "\${19:55057}"
      country: \${20:United States}
ipdSharingStatementModule:
  ipdSharing: \${21:UNDECIDED}
$0`;
}

/**
 * The snippet's text once inserted with its example values: `${n:text}` → text, `${n}` → the value of the
 * first `${n:text}`, `$0` → nothing, `\\$` → `$`. (The template has no nested placeholders and no `}` in values.)
 */
export function snippetToText(snippet: string): string {
  const values = new Map<string, string>();
  const withDefaults = snippet.replace(
    /(?<!\\)\$\{(\d+):([^}]*)\}/g,
    (_match, index: string, value: string) => {
      if (!values.has(index)) values.set(index, value);
      return value;
    },
  );
  return withDefaults
    .replace(/(?<!\\)\$\{(\d+)\}/g, (_match, index: string) => values.get(index) ?? '')
    .replace(/(?<!\\)\$0/g, '')
    .replace(/\\([$}\\])/g, '$1');
}

/** The draft as plain text (what the editor holds after the snippet is inserted). */
export function newTrialText(today: string): string {
  return snippetToText(newTrialSnippet(today));
}
