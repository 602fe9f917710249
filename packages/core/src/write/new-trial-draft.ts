export interface NewTrialDraftOptions {
  /** Today, yyyy-MM-dd: the verification month and the example dates derive from it. */
  today: string;
  /** Where the schema modeline points. Default: the schema's published URL. */
  schemaUrl?: string;
}

function addMonths(day: string, months: number): string {
  const [year, month] = day.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, month - 1 + months, 1));
  return date.toISOString().slice(0, 7);
}

/**
 * A new interventional trial draft: every module the registry requires, codes filled with common choices,
 * free text as "TBD" so the linter points at each thing still to write. Comments say what goes where.
 */
export function newTrialDraft(options: NewTrialDraftOptions): string {
  const schemaUrl = options.schemaUrl ?? 'https://trialyaml.dev/schemas/v1/trial.schema.json';
  const month = options.today.slice(0, 7);
  return `# yaml-language-server: $schema=${schemaUrl}
# A new trial registration. Replace every TBD; \`trialyaml lint\` lists what is still missing.
identificationModule:
  orgStudyIdInfo:
    id: TBD # your organization's protocol number
  briefTitle: TBD # plain language: what is studied, in whom
  officialTitle: TBD # the protocol's full scientific title
statusModule:
  statusVerifiedDate: ${month}
  overallStatus: NOT_YET_RECRUITING
  startDateStruct:
    date: ${addMonths(options.today, 3)}
    type: ESTIMATED
  primaryCompletionDateStruct:
    date: ${addMonths(options.today, 15)}
    type: ESTIMATED
  completionDateStruct:
    date: ${addMonths(options.today, 18)}
    type: ESTIMATED
sponsorCollaboratorsModule:
  responsibleParty:
    type: SPONSOR
  leadSponsor:
    name: TBD
oversightModule:
  oversightHasDmc: false
  isFdaRegulatedDrug: false
  isFdaRegulatedDevice: false
descriptionModule:
  briefSummary: TBD # the purpose and hypothesis, for the public
conditionsModule:
  conditions:
    - TBD
designModule:
  studyType: INTERVENTIONAL
  phases:
    - NA # NA for studies without phases (devices, behavioral); PHASE1 ... PHASE4 for drugs
  designInfo:
    allocation: RANDOMIZED
    interventionModel: PARALLEL
    primaryPurpose: TREATMENT
    maskingInfo:
      masking: NONE
  enrollmentInfo:
    count: 100
    type: ESTIMATED
armsInterventionsModule:
  armGroups:
    - label: Intervention
      type: EXPERIMENTAL
      description: TBD
      interventionNames:
        - "Behavioral: TBD"
    - label: Control
      type: NO_INTERVENTION
      description: TBD
  interventions:
    - type: BEHAVIORAL
      name: TBD
      description: TBD
      armGroupLabels:
        - Intervention
outcomesModule:
  primaryOutcomes:
    - measure: TBD # what is measured, with the instrument's full name
      description: TBD # the instrument, the unit, and for scales their range and direction
      timeFrame: TBD # e.g. "Baseline and week 12"
eligibilityModule:
  eligibilityCriteria: |
    Inclusion Criteria:

    * TBD

    Exclusion Criteria:

    * TBD
  healthyVolunteers: false
  sex: ALL
  minimumAge: 18 Years
contactsLocationsModule:
  centralContacts:
    - name: TBD
      role: CONTACT
      phone: TBD
      email: TBD
`;
}
