import { enumLabel, enumValues, type EnumName } from '@trialyaml/core';

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

interface UploadWordOptions {
  /** The codes the upload takes, when it takes only some of the enum's (default: all of them). */
  codes?: readonly string[];
  /** PRS's own word where it differs from the registry's display label (the only wording kept here). */
  prs?: Readonly<Record<string, string>>;
  remarks?: Readonly<Record<string, 'legacy' | 'newer'>>;
}

/** The upload words of an enum: the registry's labels (from core), with PRS's own words where they differ. */
function uploadWords(definition: EnumName, options: UploadWordOptions = {}): Vocabulary {
  const words: Record<string, UploadWord> = {};
  for (const code of options.codes ?? enumValues(definition)) {
    const word = options.prs?.[code] ?? enumLabel(definition, code);
    if (word === undefined) throw new Error(`${definition} has no code ${code}`);
    const remark = options.remarks?.[code];
    words[code] = remark ? { word, remark } : { word };
  }
  return words;
}

/** `overall_status`: the statuses a registrant enters for interventional and observational studies. */
export const OVERALL_STATUS = uploadWords('Status', {
  codes: [
    'NOT_YET_RECRUITING',
    'RECRUITING',
    'ACTIVE_NOT_RECRUITING',
    'ENROLLING_BY_INVITATION',
    'COMPLETED',
    'SUSPENDED',
    'TERMINATED',
    'WITHDRAWN',
  ],
});

/** `expanded_access_status`: the status of an expanded access record. */
export const EXPANDED_ACCESS_STATUS = uploadWords('ExpandedAccessStatus');

/** `location/status`: site recruitment status. `AVAILABLE` (expanded access sites) is not in the 2018 list. */
export const SITE_STATUS = uploadWords('RecruitmentStatus', { remarks: { AVAILABLE: 'newer' } });

/** `*_date_type` and `enrollment_type`: the API's ESTIMATED is PRS's "Anticipated". */
export const DATE_TYPE = uploadWords('DateType', { prs: { ESTIMATED: 'Anticipated' } });

export const STUDY_TYPE = uploadWords('StudyType');

/** `interventional_subtype` (primary purpose). ECT is no longer offered in PRS. */
export const PRIMARY_PURPOSE = uploadWords('PrimaryPurpose', { remarks: { ECT: 'legacy' } });

/** `assignment` (interventional study model). */
export const INTERVENTION_MODEL = uploadWords('InterventionalAssignment');

/** `allocation`; note PRS's lower-case "randomized" in "Non-randomized". */
export const ALLOCATION = uploadWords('DesignAllocation', { prs: { NON_RANDOMIZED: 'Non-randomized' } });

/** `observational_study_design`. Defined Population and Natural History are no longer offered in PRS. */
export const OBSERVATIONAL_MODEL = uploadWords('ObservationalModel', {
  remarks: { DEFINED_POPULATION: 'legacy', NATURAL_HISTORY: 'legacy' },
});

/** `timing` (time perspective). */
export const TIME_PERSPECTIVE = uploadWords('DesignTimePerspective');

export const BIOSPEC_RETENTION = uploadWords('BioSpecRetention');

export const ARM_TYPE = uploadWords('ArmGroupType');

/** `intervention_type`: PRS's form words ("Biological/Vaccine", "Procedure/Surgery"). */
export const INTERVENTION_TYPE = uploadWords('InterventionType', {
  prs: { BIOLOGICAL: 'Biological/Vaccine', PROCEDURE: 'Procedure/Surgery' },
  remarks: { COMBINATION_PRODUCT: 'newer', DIAGNOSTIC_TEST: 'newer' },
});

export const SAMPLING_METHOD = uploadWords('SamplingMethod');

/** `gender` (sex). */
export const SEX = uploadWords('Sex');

export const RESPONSIBLE_PARTY_TYPE = uploadWords('ResponsiblePartyType');

/** `overall_official/role`: the 2018 list has no Sub-Investigator for study officials. */
export const OFFICIAL_ROLE = uploadWords('OfficialRole', { remarks: { SUB_INVESTIGATOR: 'newer' } });

/** `location/investigator/role`: the 2018 list has Principal Investigator and Sub-Investigator only. */
export const SITE_INVESTIGATOR_ROLE = uploadWords('ContactRole', {
  codes: ['PRINCIPAL_INVESTIGATOR', 'SUB_INVESTIGATOR', 'STUDY_CHAIR', 'STUDY_DIRECTOR'],
  remarks: { STUDY_CHAIR: 'newer', STUDY_DIRECTOR: 'newer' },
});

/**
 * `secondary_id/id_type`. The 2018 list has no FDA, VA, CDC, AHRQ or SAMHSA grant types: those are written as
 * "Other Grant/Funding Number" with the agency as the grantor (`id_domain`), and noted.
 */
export const SECONDARY_ID_TYPE = uploadWords('SecondaryIdType', {
  codes: ['NIH', 'OTHER_GRANT', 'REGISTRY', 'CTIS', 'EUDRACT_NUMBER', 'OTHER'],
  prs: { NIH: 'NIH Grant Number' },
});

/** Secondary ID types whose `id_domain` the upload does not use. */
export const SECONDARY_ID_WITHOUT_DOMAIN: ReadonlySet<string> = new Set(['NIH', 'CTIS', 'EUDRACT_NUMBER']);

/** U.S. federal grant types that the 2018 upload list lacks. */
export const OTHER_FEDERAL_GRANT: ReadonlySet<string> = new Set(['FDA', 'VA', 'CDC', 'AHRQ', 'SAMHSA']);

/** `sharing_ipd`. */
export const IPD_SHARING = uploadWords('IpdSharing');

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
