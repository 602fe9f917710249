import { stringify } from 'yaml';
import { schemaAtPointer } from '../schema/schema-navigator.js';
import { TRIAL_SCHEMA_ID } from '../schema/trial-schema.js';

/**
 * The one new-trial template, used by `trialyaml new` (as text), the editor's New Trial command and the
 * empty-file quick fix (as a snippet). Every module the registry requires; codes filled with common choices
 * (offered as snippet choices); everything only the author can write left as "TBD", so that the linter points at
 * each thing still to write and nothing clinical is invented. Comments say what goes where.
 */

export interface NewTrialDraftOptions {
  /** Today, yyyy-MM-dd: the verification month and the planned dates derive from it. */
  today: string;
  /** Where the schema modeline points. Default: the schema's published URL. */
  schemaUrl?: string;
  /**
   * The Organization's Unique Protocol ID (`identificationModule.orgStudyIdInfo.id`), asked first as the registry's
   * "Create New Record" does. Blank or absent: a TBD placeholder. One that {@link orgStudyIdProblem} refuses throws.
   */
  orgStudyId?: string;
}

const ORG_STUDY_ID = '/identificationModule/orgStudyIdInfo/id';

/**
 * Why `id` cannot be the Unique Protocol ID, in the registry's words, or undefined when it can: longer than the
 * schema's `maxLength` (counted in characters, as the schema's check counts), or more than one line of text. The
 * schema takes any other characters. Surrounding blanks do not count: callers trim them.
 */
export function orgStudyIdProblem(id: string): string | undefined {
  const schema = schemaAtPointer(ORG_STUDY_ID);
  const name = schema?.['x-formLabel'] ?? 'Unique Protocol Identification Number';
  const value = id.trim();
  // eslint-disable-next-line no-control-regex -- control characters (line breaks, tabs) are what is refused here
  if (/[\u0000-\u001f\u007f]/.test(value))
    return `The ${name} is one line of text: leave out line breaks, tabs and control characters.`;
  const length = [...value].length;
  const limit = schema?.maxLength;
  if (limit !== undefined && length > limit)
    return `The ${name} is ${length} characters long; the registry allows at most ${limit}. Shorten it by ${length - limit}.`;
  return undefined;
}

/** The ID as a YAML value (quoted when plain text would read as something else, e.g. a number) in snippet text. */
function orgStudyIdValue(id: string): string {
  const scalar = stringify(id, { lineWidth: 0, defaultStringType: 'PLAIN' }).replace(/\n$/, '');
  return scalar.replace(/[$}\\]/g, '\\$&');
}

/** The month `months` after the month of `day` (yyyy-MM-dd), as yyyy-MM. */
function addMonths(day: string, months: number): string {
  const [year, month] = day.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, month - 1 + months, 1));
  return date.toISOString().slice(0, 7);
}

/** A snippet choice: the first code is the default, the others are offered beside it. */
function choice(tabStop: number, codes: readonly string[]): string {
  return `\${${tabStop}|${codes.join(',')}|}`;
}

/**
 * The template as snippet text (VS Code / LSP snippet syntax: `${n:TBD}` placeholders, `${n|A,B|}` choices,
 * `${n}` mirrors, final cursor `$0`).
 */
export function newTrialSnippet(options: NewTrialDraftOptions): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today))
    throw new RangeError(`"${options.today}" is not a day (yyyy-MM-dd).`);
  const schemaUrl = (options.schemaUrl ?? TRIAL_SCHEMA_ID).replace(/[$}\\]/g, '\\$&');
  const orgStudyId = options.orgStudyId?.trim() ?? '';
  const problem = orgStudyId ? orgStudyIdProblem(orgStudyId) : undefined;
  if (problem) throw new RangeError(problem);
  // A given ID is written as it is: the first tab stop is then the brief title.
  const id = orgStudyId ? orgStudyIdValue(orgStudyId) : '${1:TBD}';
  return `# yaml-language-server: \\$schema=${schemaUrl}
# A new trial registration. Replace every TBD; \`trialyaml lint\` lists what is still missing.
identificationModule:
  orgStudyIdInfo:
    id: ${id} # your organization's protocol number
  briefTitle: \${2:TBD} # plain language: what is studied, in whom
  officialTitle: \${3:TBD} # the protocol's full scientific title
statusModule:
  statusVerifiedDate: ${options.today.slice(0, 7)}
  overallStatus: ${choice(4, ['NOT_YET_RECRUITING', 'RECRUITING', 'ENROLLING_BY_INVITATION'])}
  startDateStruct:
    date: \${5:${addMonths(options.today, 3)}}
    type: ESTIMATED
  primaryCompletionDateStruct:
    date: \${6:${addMonths(options.today, 15)}}
    type: ESTIMATED
  completionDateStruct:
    date: \${7:${addMonths(options.today, 18)}}
    type: ESTIMATED
sponsorCollaboratorsModule:
  responsibleParty:
    type: ${choice(8, ['SPONSOR', 'PRINCIPAL_INVESTIGATOR', 'SPONSOR_INVESTIGATOR'])}
  leadSponsor:
    name: \${9:TBD}
oversightModule:
  oversightHasDmc: ${choice(10, ['false', 'true'])}
  isFdaRegulatedDrug: ${choice(11, ['false', 'true'])}
  isFdaRegulatedDevice: ${choice(12, ['false', 'true'])}
descriptionModule:
  briefSummary: \${13:TBD} # the purpose and hypothesis, for the public
conditionsModule:
  conditions:
    - \${14:TBD}
designModule:
  studyType: INTERVENTIONAL
  phases:
    - ${choice(15, ['NA', 'EARLY_PHASE1', 'PHASE1', 'PHASE2', 'PHASE3', 'PHASE4'])} # NA for studies without phases (devices, behavioral); PHASE1 ... PHASE4 for drugs
  designInfo:
    allocation: ${choice(16, ['RANDOMIZED', 'NON_RANDOMIZED', 'NA'])}
    interventionModel: ${choice(17, ['PARALLEL', 'SINGLE_GROUP', 'CROSSOVER', 'FACTORIAL', 'SEQUENTIAL'])}
    primaryPurpose: ${choice(18, ['TREATMENT', 'PREVENTION', 'DIAGNOSTIC', 'SUPPORTIVE_CARE', 'SCREENING', 'HEALTH_SERVICES_RESEARCH', 'BASIC_SCIENCE', 'DEVICE_FEASIBILITY', 'OTHER'])}
    maskingInfo:
      masking: ${choice(19, ['NONE', 'SINGLE', 'DOUBLE', 'TRIPLE', 'QUADRUPLE'])}
  enrollmentInfo:
    count: \${20:100}
    type: ESTIMATED
armsInterventionsModule:
  armGroups:
    - label: \${21:Intervention}
      type: EXPERIMENTAL
      description: \${22:TBD}
      interventionNames:
        - "Behavioral: \${24}"
    - label: \${25:Control}
      type: NO_INTERVENTION
      description: \${26:TBD}
  interventions:
    - type: BEHAVIORAL
      name: \${24:TBD}
      description: \${27:TBD}
      armGroupLabels:
        - \${21}
outcomesModule:
  primaryOutcomes:
    - measure: \${28:TBD} # what is measured, with the instrument's full name
      description: \${29:TBD} # the instrument, the unit, and for scales their range and direction
      timeFrame: \${30:TBD} # e.g. "Baseline and week 12"
eligibilityModule:
  eligibilityCriteria: |
    Inclusion Criteria:

    * \${31:TBD}

    Exclusion Criteria:

    * \${32:TBD}
  healthyVolunteers: ${choice(33, ['false', 'true'])}
  sex: ${choice(34, ['ALL', 'FEMALE', 'MALE'])}
  minimumAge: \${35:18 Years}
contactsLocationsModule:
  centralContacts:
    - name: \${36:TBD}
      role: CONTACT
      phone: \${37:TBD}
      email: \${38:TBD}
ipdSharingStatementModule:
  ipdSharing: ${choice(39, ['UNDECIDED', 'NO', 'YES'])} # whether individual participant data will be shared (ICMJE asks)
$0`;
}

/**
 * A snippet's text once inserted with its defaults: `${n:text}` → text, `${n|first,...|}` → first, `${n}` → the
 * value of the tab stop's placeholder, `$0` → nothing, escapes removed. (The template nests no placeholders.)
 */
export function snippetToText(snippet: string): string {
  const values = new Map<string, string>();
  const unescape = (text: string): string => text.replace(/\\([$}\\])/g, '$1');
  const unescapeChoice = (text: string): string => text.replace(/\\([$}\\,|])/g, '$1');
  const withDefaults = snippet
    .replace(/(?<!\\)\$\{(\d+)\|((?:[^|\\]|\\.)*)\|\}/g, (_match, index: string, choices: string) => {
      const first = unescapeChoice(choices.split(/(?<!\\),/)[0] ?? '');
      if (!values.has(index)) values.set(index, first);
      return first.replace(/[$}\\]/g, '\\$&');
    })
    .replace(/(?<!\\)\$\{(\d+):((?:[^}\\]|\\.)*)\}/g, (_match, index: string, text: string) => {
      if (!values.has(index)) values.set(index, unescape(text));
      return text;
    });
  return unescape(
    withDefaults
      .replace(/(?<!\\)\$\{(\d+)\}/g, (_match, index: string) =>
        (values.get(index) ?? '').replace(/[$}\\]/g, '\\$&'),
      )
      .replace(/(?<!\\)\$0/g, ''),
  );
}

/** The template as the text of a new file (what `trialyaml new` writes). */
export function newTrialDraft(options: NewTrialDraftOptions): string {
  return snippetToText(newTrialSnippet(options));
}
