/**
 * Display labels of the registry's enum codes, as the public study pages show them (ctgov-model.md §3).
 * Keys are the enum names of `schemas/trial.schema.json` (a test checks that every code has a label).
 */

const STATUS = {
  ACTIVE_NOT_RECRUITING: 'Active, not recruiting',
  COMPLETED: 'Completed',
  ENROLLING_BY_INVITATION: 'Enrolling by invitation',
  NOT_YET_RECRUITING: 'Not yet recruiting',
  RECRUITING: 'Recruiting',
  SUSPENDED: 'Suspended',
  TERMINATED: 'Terminated',
  WITHDRAWN: 'Withdrawn',
  AVAILABLE: 'Available',
  NO_LONGER_AVAILABLE: 'No longer available',
  TEMPORARILY_NOT_AVAILABLE: 'Temporarily not available',
  APPROVED_FOR_MARKETING: 'Approved for marketing',
  WITHHELD: 'Withheld',
  UNKNOWN: 'Unknown status',
} as const;

const GRANT_TYPES = {
  NIH: 'U.S. NIH Grant/Contract',
  FDA: 'U.S. FDA Grant/Contract',
  VA: 'U.S. VA Grant/Contract',
  CDC: 'U.S. CDC Grant/Contract',
  AHRQ: 'U.S. AHRQ Grant/Contract',
  SAMHSA: 'U.S. SAMHSA Grant/Contract',
} as const;

const PERSON_ROLES = {
  STUDY_CHAIR: 'Study Chair',
  STUDY_DIRECTOR: 'Study Director',
  PRINCIPAL_INVESTIGATOR: 'Principal Investigator',
  SUB_INVESTIGATOR: 'Sub-Investigator',
} as const;

const ACTUAL_ESTIMATED = { ACTUAL: 'Actual', ESTIMATED: 'Estimated' } as const;

export const LABELS = {
  Status: STATUS,
  RecruitmentStatus: {
    ACTIVE_NOT_RECRUITING: STATUS.ACTIVE_NOT_RECRUITING,
    COMPLETED: STATUS.COMPLETED,
    ENROLLING_BY_INVITATION: STATUS.ENROLLING_BY_INVITATION,
    NOT_YET_RECRUITING: STATUS.NOT_YET_RECRUITING,
    RECRUITING: STATUS.RECRUITING,
    SUSPENDED: STATUS.SUSPENDED,
    TERMINATED: STATUS.TERMINATED,
    WITHDRAWN: STATUS.WITHDRAWN,
    AVAILABLE: STATUS.AVAILABLE,
  },
  ExpandedAccessStatus: {
    AVAILABLE: STATUS.AVAILABLE,
    NO_LONGER_AVAILABLE: STATUS.NO_LONGER_AVAILABLE,
    TEMPORARILY_NOT_AVAILABLE: STATUS.TEMPORARILY_NOT_AVAILABLE,
    APPROVED_FOR_MARKETING: STATUS.APPROVED_FOR_MARKETING,
  },
  StudyType: {
    EXPANDED_ACCESS: 'Expanded Access',
    INTERVENTIONAL: 'Interventional',
    OBSERVATIONAL: 'Observational',
  },
  Phase: {
    NA: 'Not Applicable',
    EARLY_PHASE1: 'Early Phase 1',
    PHASE1: 'Phase 1',
    PHASE2: 'Phase 2',
    PHASE3: 'Phase 3',
    PHASE4: 'Phase 4',
  },
  DesignAllocation: { RANDOMIZED: 'Randomized', NON_RANDOMIZED: 'Non-Randomized', NA: 'N/A' },
  InterventionalAssignment: {
    SINGLE_GROUP: 'Single Group Assignment',
    PARALLEL: 'Parallel Assignment',
    CROSSOVER: 'Crossover Assignment',
    FACTORIAL: 'Factorial Assignment',
    SEQUENTIAL: 'Sequential Assignment',
  },
  PrimaryPurpose: {
    TREATMENT: 'Treatment',
    PREVENTION: 'Prevention',
    DIAGNOSTIC: 'Diagnostic',
    ECT: 'Educational/Counseling/Training',
    SUPPORTIVE_CARE: 'Supportive Care',
    SCREENING: 'Screening',
    HEALTH_SERVICES_RESEARCH: 'Health Services Research',
    BASIC_SCIENCE: 'Basic Science',
    DEVICE_FEASIBILITY: 'Device Feasibility',
    OTHER: 'Other',
  },
  ObservationalModel: {
    COHORT: 'Cohort',
    CASE_CONTROL: 'Case-Control',
    CASE_ONLY: 'Case-Only',
    CASE_CROSSOVER: 'Case-Crossover',
    ECOLOGIC_OR_COMMUNITY: 'Ecologic or Community',
    FAMILY_BASED: 'Family-Based',
    DEFINED_POPULATION: 'Defined Population',
    NATURAL_HISTORY: 'Natural History',
    OTHER: 'Other',
  },
  DesignTimePerspective: {
    RETROSPECTIVE: 'Retrospective',
    PROSPECTIVE: 'Prospective',
    CROSS_SECTIONAL: 'Cross-Sectional',
    OTHER: 'Other',
  },
  DesignMasking: {
    NONE: 'None (Open Label)',
    SINGLE: 'Single',
    DOUBLE: 'Double',
    TRIPLE: 'Triple',
    QUADRUPLE: 'Quadruple',
  },
  WhoMasked: {
    PARTICIPANT: 'Participant',
    CARE_PROVIDER: 'Care Provider',
    INVESTIGATOR: 'Investigator',
    OUTCOMES_ASSESSOR: 'Outcomes Assessor',
  },
  BioSpecRetention: {
    NONE_RETAINED: 'None Retained',
    SAMPLES_WITH_DNA: 'Samples With DNA',
    SAMPLES_WITHOUT_DNA: 'Samples Without DNA',
  },
  EnrollmentType: ACTUAL_ESTIMATED,
  DateType: ACTUAL_ESTIMATED,
  ArmGroupType: {
    EXPERIMENTAL: 'Experimental',
    ACTIVE_COMPARATOR: 'Active Comparator',
    PLACEBO_COMPARATOR: 'Placebo Comparator',
    SHAM_COMPARATOR: 'Sham Comparator',
    NO_INTERVENTION: 'No Intervention',
    OTHER: 'Other',
  },
  InterventionType: {
    BEHAVIORAL: 'Behavioral',
    BIOLOGICAL: 'Biological',
    COMBINATION_PRODUCT: 'Combination Product',
    DEVICE: 'Device',
    DIAGNOSTIC_TEST: 'Diagnostic Test',
    DIETARY_SUPPLEMENT: 'Dietary Supplement',
    DRUG: 'Drug',
    GENETIC: 'Genetic',
    PROCEDURE: 'Procedure',
    RADIATION: 'Radiation',
    OTHER: 'Other',
  },
  Sex: { FEMALE: 'Female', MALE: 'Male', ALL: 'All' },
  StandardAge: { CHILD: 'Child', ADULT: 'Adult', OLDER_ADULT: 'Older Adult' },
  SamplingMethod: {
    PROBABILITY_SAMPLE: 'Probability Sample',
    NON_PROBABILITY_SAMPLE: 'Non-Probability Sample',
  },
  ResponsiblePartyType: {
    SPONSOR: 'Sponsor',
    PRINCIPAL_INVESTIGATOR: 'Principal Investigator',
    SPONSOR_INVESTIGATOR: 'Sponsor-Investigator',
  },
  AgencyClass: {
    NIH: 'NIH',
    FED: 'U.S. Federal Government',
    OTHER_GOV: 'Other Government',
    INDIV: 'Individual',
    INDUSTRY: 'Industry',
    NETWORK: 'Network',
    AMBIG: 'Ambiguous',
    OTHER: 'Other',
    UNKNOWN: 'Unknown',
  },
  OrgStudyIdType: GRANT_TYPES,
  SecondaryIdType: {
    ...GRANT_TYPES,
    OTHER_GRANT: 'Other Grant/Funding Number',
    EUDRACT_NUMBER: 'EudraCT Number',
    CTIS: 'EU Trial (CTIS) Number',
    REGISTRY: 'Registry Identifier',
    OTHER: 'Other Identifier',
  },
  ContactRole: { ...PERSON_ROLES, CONTACT: 'Contact' },
  OfficialRole: PERSON_ROLES,
  ReferenceType: { BACKGROUND: 'Background', RESULT: 'Result', DERIVED: 'Derived from PubMed' },
  IpdSharing: { YES: 'Yes', NO: 'No', UNDECIDED: 'Undecided' },
  IpdSharingInfoType: {
    STUDY_PROTOCOL: 'Study Protocol',
    SAP: 'Statistical Analysis Plan (SAP)',
    ICF: 'Informed Consent Form (ICF)',
    CSR: 'Clinical Study Report (CSR)',
    ANALYTIC_CODE: 'Analytic Code',
  },
} as const satisfies Record<string, Readonly<Record<string, string>>>;

/** Name of an enum that has display labels. */
export type EnumName = keyof typeof LABELS;

/** The display label of `code` in enum `name`, or undefined for a code the enum does not have. */
export function labelOf(name: EnumName, code: string): string | undefined {
  const table: Readonly<Record<string, string>> = LABELS[name];
  return Object.hasOwn(table, code) ? table[code] : undefined;
}
