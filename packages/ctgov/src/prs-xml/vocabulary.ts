// API v2 codes → the words of the PRS protocol upload (ProtocolRecordSchema.xsd 2018-05-08, whose element comments
// list the accepted values, and ctgov-model.md §5). The XSD types these elements as plain strings, so the words
// below are what PRS reads; codes without a word in the 2018 list are marked `legacy` or `newer` and reported.

/** A word of the upload vocabulary, with a remark when the 2018 upload schema does not list it. */
export interface UploadWord {
  word: string;
  /** `legacy`: withdrawn from PRS (still in old API records); `newer`: added to PRS after the 2018 schema. */
  remark?: 'legacy' | 'newer';
}

type Vocabulary = Readonly<Record<string, UploadWord>>;

function words(map: Record<string, string>, remarks: Record<string, 'legacy' | 'newer'> = {}): Vocabulary {
  return Object.fromEntries(
    Object.entries(map).map(([code, word]) => [
      code,
      remarks[code] ? { word, remark: remarks[code] } : { word },
    ]),
  );
}

/** `overall_status`: the statuses a registrant enters for interventional and observational studies. */
export const OVERALL_STATUS = words({
  NOT_YET_RECRUITING: 'Not yet recruiting',
  RECRUITING: 'Recruiting',
  ACTIVE_NOT_RECRUITING: 'Active, not recruiting',
  ENROLLING_BY_INVITATION: 'Enrolling by invitation',
  COMPLETED: 'Completed',
  SUSPENDED: 'Suspended',
  TERMINATED: 'Terminated',
  WITHDRAWN: 'Withdrawn',
});

/** `expanded_access_status`: the status of an expanded access record. */
export const EXPANDED_ACCESS_STATUS = words({
  AVAILABLE: 'Available',
  NO_LONGER_AVAILABLE: 'No longer available',
  TEMPORARILY_NOT_AVAILABLE: 'Temporarily not available',
  APPROVED_FOR_MARKETING: 'Approved for marketing',
});

/** `location/status`: site recruitment status. `AVAILABLE` (expanded access sites) is not in the 2018 list. */
export const SITE_STATUS = words(
  {
    NOT_YET_RECRUITING: 'Not yet recruiting',
    RECRUITING: 'Recruiting',
    ACTIVE_NOT_RECRUITING: 'Active, not recruiting',
    ENROLLING_BY_INVITATION: 'Enrolling by invitation',
    COMPLETED: 'Completed',
    SUSPENDED: 'Suspended',
    TERMINATED: 'Terminated',
    WITHDRAWN: 'Withdrawn',
    AVAILABLE: 'Available',
  },
  { AVAILABLE: 'newer' },
);

/** `*_date_type` and `enrollment_type`: the API's ESTIMATED is PRS's "Anticipated". */
export const DATE_TYPE = words({ ACTUAL: 'Actual', ESTIMATED: 'Anticipated' });

export const STUDY_TYPE = words({
  INTERVENTIONAL: 'Interventional',
  OBSERVATIONAL: 'Observational',
  EXPANDED_ACCESS: 'Expanded Access',
});

/** `interventional_subtype` (primary purpose). ECT is no longer offered in PRS. */
export const PRIMARY_PURPOSE = words(
  {
    TREATMENT: 'Treatment',
    PREVENTION: 'Prevention',
    DIAGNOSTIC: 'Diagnostic',
    BASIC_SCIENCE: 'Basic Science',
    SUPPORTIVE_CARE: 'Supportive Care',
    SCREENING: 'Screening',
    HEALTH_SERVICES_RESEARCH: 'Health Services Research',
    DEVICE_FEASIBILITY: 'Device Feasibility',
    ECT: 'Educational/Counseling/Training',
    OTHER: 'Other',
  },
  { ECT: 'legacy' },
);

/** `assignment` (interventional study model). */
export const INTERVENTION_MODEL = words({
  SINGLE_GROUP: 'Single Group Assignment',
  PARALLEL: 'Parallel Assignment',
  CROSSOVER: 'Crossover Assignment',
  FACTORIAL: 'Factorial Assignment',
  SEQUENTIAL: 'Sequential Assignment',
});

/** `allocation`; note PRS's lower-case "randomized" in "Non-randomized". */
export const ALLOCATION = words({ RANDOMIZED: 'Randomized', NON_RANDOMIZED: 'Non-randomized', NA: 'N/A' });

/** `observational_study_design`. Defined Population and Natural History are no longer offered in PRS. */
export const OBSERVATIONAL_MODEL = words(
  {
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
  { DEFINED_POPULATION: 'legacy', NATURAL_HISTORY: 'legacy' },
);

/** `timing` (time perspective). */
export const TIME_PERSPECTIVE = words({
  RETROSPECTIVE: 'Retrospective',
  PROSPECTIVE: 'Prospective',
  CROSS_SECTIONAL: 'Cross-Sectional',
  OTHER: 'Other',
});

export const BIOSPEC_RETENTION = words({
  NONE_RETAINED: 'None Retained',
  SAMPLES_WITH_DNA: 'Samples With DNA',
  SAMPLES_WITHOUT_DNA: 'Samples Without DNA',
});

export const ARM_TYPE = words({
  EXPERIMENTAL: 'Experimental',
  ACTIVE_COMPARATOR: 'Active Comparator',
  PLACEBO_COMPARATOR: 'Placebo Comparator',
  SHAM_COMPARATOR: 'Sham Comparator',
  NO_INTERVENTION: 'No Intervention',
  OTHER: 'Other',
});

/** `intervention_type`: PRS's form words ("Biological/Vaccine", "Procedure/Surgery"). */
export const INTERVENTION_TYPE = words(
  {
    DRUG: 'Drug',
    DEVICE: 'Device',
    BIOLOGICAL: 'Biological/Vaccine',
    PROCEDURE: 'Procedure/Surgery',
    RADIATION: 'Radiation',
    BEHAVIORAL: 'Behavioral',
    GENETIC: 'Genetic',
    DIETARY_SUPPLEMENT: 'Dietary Supplement',
    COMBINATION_PRODUCT: 'Combination Product',
    DIAGNOSTIC_TEST: 'Diagnostic Test',
    OTHER: 'Other',
  },
  { COMBINATION_PRODUCT: 'newer', DIAGNOSTIC_TEST: 'newer' },
);

export const SAMPLING_METHOD = words({
  PROBABILITY_SAMPLE: 'Probability Sample',
  NON_PROBABILITY_SAMPLE: 'Non-Probability Sample',
});

/** `gender` (sex). */
export const SEX = words({ ALL: 'All', FEMALE: 'Female', MALE: 'Male' });

export const RESPONSIBLE_PARTY_TYPE = words({
  SPONSOR: 'Sponsor',
  PRINCIPAL_INVESTIGATOR: 'Principal Investigator',
  SPONSOR_INVESTIGATOR: 'Sponsor-Investigator',
});

/** `overall_official/role`: the 2018 list has no Sub-Investigator for study officials. */
export const OFFICIAL_ROLE = words(
  {
    PRINCIPAL_INVESTIGATOR: 'Principal Investigator',
    STUDY_CHAIR: 'Study Chair',
    STUDY_DIRECTOR: 'Study Director',
    SUB_INVESTIGATOR: 'Sub-Investigator',
  },
  { SUB_INVESTIGATOR: 'newer' },
);

/** `location/investigator/role`: the 2018 list has Principal Investigator and Sub-Investigator only. */
export const SITE_INVESTIGATOR_ROLE = words(
  {
    PRINCIPAL_INVESTIGATOR: 'Principal Investigator',
    SUB_INVESTIGATOR: 'Sub-Investigator',
    STUDY_CHAIR: 'Study Chair',
    STUDY_DIRECTOR: 'Study Director',
  },
  { STUDY_CHAIR: 'newer', STUDY_DIRECTOR: 'newer' },
);

/**
 * `secondary_id/id_type`. The 2018 list has no FDA, VA, CDC, AHRQ or SAMHSA grant types: those are written as
 * "Other Grant/Funding Number" with the agency as the grantor (`id_domain`), and noted.
 */
export const SECONDARY_ID_TYPE = words({
  NIH: 'NIH Grant Number',
  OTHER_GRANT: 'Other Grant/Funding Number',
  REGISTRY: 'Registry Identifier',
  CTIS: 'EU Trial (CTIS) Number',
  EUDRACT_NUMBER: 'EudraCT Number',
  OTHER: 'Other Identifier',
});

/** Secondary ID types whose `id_domain` the upload does not use. */
export const SECONDARY_ID_WITHOUT_DOMAIN: ReadonlySet<string> = new Set(['NIH', 'CTIS', 'EUDRACT_NUMBER']);

/** U.S. federal grant types that the 2018 upload list lacks. */
export const OTHER_FEDERAL_GRANT: ReadonlySet<string> = new Set(['FDA', 'VA', 'CDC', 'AHRQ', 'SAMHSA']);

/** `sharing_ipd`. */
export const IPD_SHARING = words({ YES: 'Yes', NO: 'No', UNDECIDED: 'Undecided' });

/** `ipd_info_type_*` flags, in the XSD's order. */
export const IPD_INFO_TYPE_ELEMENTS: ReadonlyArray<readonly [code: string, element: string]> = [
  ['STUDY_PROTOCOL', 'ipd_info_type_protocol'],
  ['SAP', 'ipd_info_type_sap'],
  ['ICF', 'ipd_info_type_icf'],
  ['CSR', 'ipd_info_type_csr'],
  ['ANALYTIC_CODE', 'ipd_info_type_analytic_code'],
];

/** `masked_*` flags, in the XSD's order. */
export const MASKED_ROLE_ELEMENTS: ReadonlyArray<readonly [code: string, element: string]> = [
  ['PARTICIPANT', 'masked_subject'],
  ['CARE_PROVIDER', 'masked_caregiver'],
  ['INVESTIGATOR', 'masked_investigator'],
  ['OUTCOMES_ASSESSOR', 'masked_assessor'],
];

/** How many roles each masking level means; PRS derives the level from the roles ticked. */
export const MASKING_ROLE_COUNT: Readonly<Record<string, number>> = {
  NONE: 0,
  SINGLE: 1,
  DOUBLE: 2,
  TRIPLE: 3,
  QUADRUPLE: 4,
};

/** `study_document_type`: PRS's picklist for available IPD/information (free text in the API). */
export const STUDY_DOCUMENT_TYPES: readonly string[] = [
  'Individual Participant Data Set',
  'Study Protocol',
  'Statistical Analysis Plan',
  'Informed Consent Form',
  'Clinical Study Report',
  'Analytic Code',
  'Other',
];

/** Units PRS accepts for a patient registry's target follow-up duration. */
export const TARGET_DURATION_UNITS: readonly string[] = ['Years', 'Months', 'Weeks', 'Days'];

/**
 * `phase`: one value, or the two combined phases PRS offers. The API stores "Phase 1/Phase 2" as
 * `[PHASE1, PHASE2]`; any other combination has no upload word.
 */
export function phaseWord(phases: readonly string[]): string | undefined {
  const key = [...new Set(phases)].sort().join('+');
  const map: Record<string, string> = {
    NA: 'N/A',
    EARLY_PHASE1: 'Early Phase 1',
    PHASE1: 'Phase 1',
    PHASE2: 'Phase 2',
    PHASE3: 'Phase 3',
    PHASE4: 'Phase 4',
    'PHASE1+PHASE2': 'Phase 1/Phase 2',
    'PHASE2+PHASE3': 'Phase 2/Phase 3',
  };
  return map[key];
}

/** Booleans are "Yes"/"No" in the upload (as in PRS's own Download XML). */
export function yesNo(value: boolean | undefined): string | undefined {
  return value === undefined ? undefined : value ? 'Yes' : 'No';
}
