/* eslint-disable */
/**
 * The trial format's TypeScript types, generated from schemas/trial.schema.json by
 * packages/core/scripts/generate-types.mjs. Do not edit by hand: change the schema and run `npm run generate`.
 */

/**
 * Which U.S. federal agency issued the grant or contract number used as the organization's study ID. Leave the type out for any other kind of ID.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "OrgStudyIdType".
 */
export type OrgStudyIdType = 'NIH' | 'FDA' | 'VA' | 'CDC' | 'AHRQ' | 'SAMHSA';
/**
 * The kind of secondary identifier.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "SecondaryIdType".
 */
export type SecondaryIdType =
  | 'NIH'
  | 'FDA'
  | 'VA'
  | 'CDC'
  | 'AHRQ'
  | 'SAMHSA'
  | 'OTHER_GRANT'
  | 'EUDRACT_NUMBER'
  | 'CTIS'
  | 'REGISTRY'
  | 'OTHER';
/**
 * The registry's category for a sponsor, collaborator or registering organization. Assigned by ClinicalTrials.gov; do not fill in for a new registration.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "AgencyClass".
 */
export type AgencyClass =
  'NIH' | 'FED' | 'OTHER_GOV' | 'INDIV' | 'INDUSTRY' | 'NETWORK' | 'AMBIG' | 'OTHER' | 'UNKNOWN';
/**
 * Recruitment status of a study. The first eight values are for interventional and observational studies. AVAILABLE, NO_LONGER_AVAILABLE, TEMPORARILY_NOT_AVAILABLE and APPROVED_FOR_MARKETING are expanded access statuses. WITHHELD and UNKNOWN are system values set by ClinicalTrials.gov and cannot be entered.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "Status".
 */
export type Status =
  | 'ACTIVE_NOT_RECRUITING'
  | 'COMPLETED'
  | 'ENROLLING_BY_INVITATION'
  | 'NOT_YET_RECRUITING'
  | 'RECRUITING'
  | 'SUSPENDED'
  | 'TERMINATED'
  | 'WITHDRAWN'
  | 'AVAILABLE'
  | 'NO_LONGER_AVAILABLE'
  | 'TEMPORARILY_NOT_AVAILABLE'
  | 'APPROVED_FOR_MARKETING'
  | 'WITHHELD'
  | 'UNKNOWN';
/**
 * Availability status of an expanded access record. Assigned by ClinicalTrials.gov; do not fill in for a new registration.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "ExpandedAccessStatus".
 */
export type ExpandedAccessStatus =
  'AVAILABLE' | 'NO_LONGER_AVAILABLE' | 'TEMPORARILY_NOT_AVAILABLE' | 'APPROVED_FOR_MARKETING';
/**
 * Whether a date has happened or is planned.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "DateType".
 */
export type DateType = 'ACTUAL' | 'ESTIMATED';
/**
 * Who is the responsible party for the study record.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "ResponsiblePartyType".
 */
export type ResponsiblePartyType = 'SPONSOR' | 'PRINCIPAL_INVESTIGATOR' | 'SPONSOR_INVESTIGATOR';
/**
 * The kind of study; it decides which design fields apply.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "StudyType".
 */
export type StudyType = 'EXPANDED_ACCESS' | 'INTERVENTIONAL' | 'OBSERVATIONAL';
/**
 * Phase of an interventional study of a drug or biological product. A combined phase is written as two values: [PHASE1, PHASE2] or [PHASE2, PHASE3].
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "Phase".
 */
export type Phase = 'NA' | 'EARLY_PHASE1' | 'PHASE1' | 'PHASE2' | 'PHASE3' | 'PHASE4';
/**
 * How participants are assigned to the arms of an interventional study.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "DesignAllocation".
 */
export type DesignAllocation = 'RANDOMIZED' | 'NON_RANDOMIZED' | 'NA';
/**
 * The overall design of an interventional study.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "InterventionalAssignment".
 */
export type InterventionalAssignment = 'SINGLE_GROUP' | 'PARALLEL' | 'CROSSOVER' | 'FACTORIAL' | 'SEQUENTIAL';
/**
 * The main reason for an interventional study.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "PrimaryPurpose".
 */
export type PrimaryPurpose =
  | 'TREATMENT'
  | 'PREVENTION'
  | 'DIAGNOSTIC'
  | 'ECT'
  | 'SUPPORTIVE_CARE'
  | 'SCREENING'
  | 'HEALTH_SERVICES_RESEARCH'
  | 'BASIC_SCIENCE'
  | 'DEVICE_FEASIBILITY'
  | 'OTHER';
/**
 * The design of an observational study.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "ObservationalModel".
 */
export type ObservationalModel =
  | 'COHORT'
  | 'CASE_CONTROL'
  | 'CASE_ONLY'
  | 'CASE_CROSSOVER'
  | 'ECOLOGIC_OR_COMMUNITY'
  | 'FAMILY_BASED'
  | 'DEFINED_POPULATION'
  | 'NATURAL_HISTORY'
  | 'OTHER';
/**
 * When the data of an observational study are collected relative to enrollment.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "DesignTimePerspective".
 */
export type DesignTimePerspective = 'RETROSPECTIVE' | 'PROSPECTIVE' | 'CROSS_SECTIONAL' | 'OTHER';
/**
 * How many roles are kept unaware of the intervention assignment; it must equal the number of roles listed in whoMasked.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "DesignMasking".
 */
export type DesignMasking = 'NONE' | 'SINGLE' | 'DOUBLE' | 'TRIPLE' | 'QUADRUPLE';
/**
 * A role kept unaware of the intervention assignment.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "WhoMasked".
 */
export type WhoMasked = 'PARTICIPANT' | 'CARE_PROVIDER' | 'INVESTIGATOR' | 'OUTCOMES_ASSESSOR';
/**
 * Whether biological samples are kept after the study, and whether they contain DNA.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "BioSpecRetention".
 */
export type BioSpecRetention = 'NONE_RETAINED' | 'SAMPLES_WITH_DNA' | 'SAMPLES_WITHOUT_DNA';
/**
 * Whether the enrollment number is actual or a target.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "EnrollmentType".
 */
export type EnrollmentType = 'ACTUAL' | 'ESTIMATED';
/**
 * The role of an arm in an interventional study.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "ArmGroupType".
 */
export type ArmGroupType =
  | 'EXPERIMENTAL'
  | 'ACTIVE_COMPARATOR'
  | 'PLACEBO_COMPARATOR'
  | 'SHAM_COMPARATOR'
  | 'NO_INTERVENTION'
  | 'OTHER';
/**
 * The kind of intervention. The display label of the type prefixes the intervention name in arms' interventionNames, e.g. "Drug: Placebo".
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "InterventionType".
 */
export type InterventionType =
  | 'BEHAVIORAL'
  | 'BIOLOGICAL'
  | 'COMBINATION_PRODUCT'
  | 'DEVICE'
  | 'DIAGNOSTIC_TEST'
  | 'DIETARY_SUPPLEMENT'
  | 'DRUG'
  | 'GENETIC'
  | 'PROCEDURE'
  | 'RADIATION'
  | 'OTHER';
/**
 * The sex of the participants who may take part.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "Sex".
 */
export type Sex = 'FEMALE' | 'MALE' | 'ALL';
/**
 * Standard age group, derived by ClinicalTrials.gov from the minimum and maximum ages.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "StandardAge".
 */
export type StandardAge = 'CHILD' | 'ADULT' | 'OLDER_ADULT';
/**
 * How participants of an observational study are selected.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "SamplingMethod".
 */
export type SamplingMethod = 'PROBABILITY_SAMPLE' | 'NON_PROBABILITY_SAMPLE';
/**
 * Role of a central contact or of a person listed at a site.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "ContactRole".
 */
export type ContactRole =
  'STUDY_CHAIR' | 'STUDY_DIRECTOR' | 'PRINCIPAL_INVESTIGATOR' | 'SUB_INVESTIGATOR' | 'CONTACT';
/**
 * Role of an overall study official.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "OfficialRole".
 */
export type OfficialRole = 'STUDY_CHAIR' | 'STUDY_DIRECTOR' | 'PRINCIPAL_INVESTIGATOR' | 'SUB_INVESTIGATOR';
/**
 * Recruitment status at one site. Shorter than the overall status list: no expanded access values other than AVAILABLE, and no system values.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "RecruitmentStatus".
 */
export type RecruitmentStatus =
  | 'ACTIVE_NOT_RECRUITING'
  | 'COMPLETED'
  | 'ENROLLING_BY_INVITATION'
  | 'NOT_YET_RECRUITING'
  | 'RECRUITING'
  | 'SUSPENDED'
  | 'TERMINATED'
  | 'WITHDRAWN'
  | 'AVAILABLE';
/**
 * How a publication relates to the study.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "ReferenceType".
 */
export type ReferenceType = 'BACKGROUND' | 'RESULT' | 'DERIVED';
/**
 * Whether individual participant data (IPD) will be shared.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "IpdSharing".
 */
export type IpdSharing = 'YES' | 'NO' | 'UNDECIDED';
/**
 * A document shared along with individual participant data.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "IpdSharingInfoType".
 */
export type IpdSharingInfoType = 'STUDY_PROTOCOL' | 'SAP' | 'ICF' | 'CSR' | 'ANALYTIC_CODE';

/**
 * A clinical trial registration record kept as YAML. A trial file is the protocolSection of a ClinicalTrials.gov API v2 study: its top-level keys are the 13 registry modules, and field names and codes are exactly the registry's. Every key is optional in the file; each field's help says when the registry requires it.
 */
export interface Trial {
  identificationModule?: IdentificationModule;
  statusModule?: StatusModule;
  sponsorCollaboratorsModule?: SponsorCollaboratorsModule;
  oversightModule?: OversightModule;
  descriptionModule?: DescriptionModule;
  conditionsModule?: ConditionsModule;
  designModule?: DesignModule;
  armsInterventionsModule?: ArmsInterventionsModule;
  outcomesModule?: OutcomesModule;
  eligibilityModule?: EligibilityModule;
  contactsLocationsModule?: ContactsLocationsModule;
  referencesModule?: ReferencesModule;
  ipdSharingStatementModule?: IpdSharingStatementModule;
}
/**
 * Identifiers and titles of the study.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "IdentificationModule".
 */
export interface IdentificationModule {
  /**
   * The registry's identifier for the study: NCT followed by 8 digits. Leave it out until the study is registered. Example: NCT04267848. Assigned by ClinicalTrials.gov; do not fill in for a new registration.
   */
  nctId?: string;
  /**
   * Other NCT numbers (NCT + 8 digits) that were merged into this record, for example duplicate registrations of the same study. Assigned by ClinicalTrials.gov; do not fill in for a new registration.
   */
  nctIdAliases?: string[];
  orgStudyIdInfo?: OrgStudyIdInfo;
  /**
   * Other identifiers of the study: U.S. federal grant numbers, EudraCT or CTIS numbers, IDs in other registries, or other sponsors' protocol numbers. Any U.S. federal grant or contract that funds the study must be listed here.
   */
  secondaryIdInfos?: SecondaryIdInfo[];
  organization?: Organization;
  /**
   * A short title in plain language saying what is studied and in whom, for example the intervention and the condition. Do not repeat the acronym; the registry shows it after the title. Required by the registry. Example: Probiotics Enhance the Treatment of PD-1 Inhibitors in Patients With Liver Cancer.
   */
  briefTitle?: string;
  /**
   * The full scientific title of the protocol, usually naming the design, intervention, condition and population. Required by the registry for studies that start on or after 2017-01-18.
   */
  officialTitle?: string;
  /**
   * The study's acronym or short name, if it has one; the registry shows it in parentheses after the brief title. Required if the study has an acronym. Example: PALLAS.
   */
  acronym?: string;
}
/**
 * The identifier the registering organization gives the study, and its type when it is a U.S. federal grant number.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "OrgStudyIdInfo".
 */
export interface OrgStudyIdInfo {
  /**
   * Your organization's identifier for the study, e.g. the protocol number; it must be unique among your organization's records. Required by the registry. Example: AFT-05.
   */
  id?: string;
  type?: OrgStudyIdType;
  /**
   * Web address the registry generates for a grant number, e.g. an NIH RePORTER search. Assigned by ClinicalTrials.gov; do not fill in for a new registration.
   */
  link?: string;
}
/**
 * One additional identifier of the study, with its type and, where needed, who issued it.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "SecondaryIdInfo".
 */
export interface SecondaryIdInfo {
  /**
   * The identifier itself, e.g. a grant number or a EudraCT number. Give U.S. federal grant numbers in full. Example: 2014-005181-30.
   */
  id?: string;
  type?: SecondaryIdType;
  /**
   * Who issued the identifier: the funder for OTHER_GRANT, the registry name for REGISTRY, or a short description for OTHER. Not needed for NIH, EudraCT or CTIS numbers. Example: Breast International Group.
   */
  domain?: string;
  /**
   * Web address the registry generates for a grant number, e.g. an NIH RePORTER search. Assigned by ClinicalTrials.gov; do not fill in for a new registration.
   */
  link?: string;
}
/**
 * The organization whose registry (PRS) account holds the record. Assigned by ClinicalTrials.gov; do not fill in for a new registration.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "Organization".
 */
export interface Organization {
  /**
   * Name of the organization whose registry account holds the record. Assigned by ClinicalTrials.gov; do not fill in for a new registration.
   */
  fullName?: string;
  class?: AgencyClass;
}
/**
 * Recruitment status, verification date and key study dates. System dates (first posted, last update, results) are assigned by ClinicalTrials.gov.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "StatusModule".
 */
export interface StatusModule {
  /**
   * The month the record was last confirmed as accurate, written yyyy-MM (e.g. 2024-03). Required by the registry; re-verify at least every 12 months while the study is ongoing.
   */
  statusVerifiedDate?: string;
  overallStatus?: Status;
  lastKnownStatus?: Status;
  /**
   * For a device not yet approved or cleared by the U.S. FDA: true to allow the record to be made public before approval or clearance, otherwise posting is delayed. Answer only when isUnapprovedDevice is true.
   */
  delayedPosting?: boolean;
  /**
   * A short reason the study was suspended, terminated or withdrawn. Required when overallStatus is SUSPENDED, TERMINATED or WITHDRAWN; leave it out otherwise. Example: Sponsor decision due to slow accrual. CommonMark text.
   */
  whyStopped?: string;
  expandedAccessInfo?: ExpandedAccessInfo;
  startDateStruct?: PartialDateStruct;
  primaryCompletionDateStruct?: PartialDateStruct;
  completionDateStruct?: PartialDateStruct;
  /**
   * Date the record was first submitted to ClinicalTrials.gov (yyyy-MM-dd). Assigned by ClinicalTrials.gov; do not fill in for a new registration.
   */
  studyFirstSubmitDate?: string;
  /**
   * Date the first submission passed the registry's quality control review (yyyy-MM-dd). Assigned by ClinicalTrials.gov; do not fill in for a new registration.
   */
  studyFirstSubmitQcDate?: string;
  studyFirstPostDateStruct?: DateStruct;
  /**
   * Whether a waiver of the results submission requirement was granted. Assigned by ClinicalTrials.gov; do not fill in for a new registration.
   */
  resultsWaived?: boolean;
  /**
   * Date summary results were first submitted (yyyy-MM-dd). Assigned by ClinicalTrials.gov; do not fill in for a new registration.
   */
  resultsFirstSubmitDate?: string;
  /**
   * Date the first results submission passed quality control review (yyyy-MM-dd). Assigned by ClinicalTrials.gov; do not fill in for a new registration.
   */
  resultsFirstSubmitQcDate?: string;
  resultsFirstPostDateStruct?: DateStruct;
  /**
   * Date a certification or request to delay results submission was first submitted (yyyy-MM-dd). Assigned by ClinicalTrials.gov; do not fill in for a new registration.
   */
  dispFirstSubmitDate?: string;
  /**
   * Date the first certification or extension request passed quality control review (yyyy-MM-dd). Assigned by ClinicalTrials.gov; do not fill in for a new registration.
   */
  dispFirstSubmitQcDate?: string;
  dispFirstPostDateStruct?: DateStruct;
  /**
   * Date the most recent update of the record was submitted (yyyy-MM-dd). Assigned by ClinicalTrials.gov; do not fill in for a new registration.
   */
  lastUpdateSubmitDate?: string;
  lastUpdatePostDateStruct?: DateStruct;
}
/**
 * Whether the studied drug is also available through expanded access, and the linked expanded access record.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "ExpandedAccessInfo".
 */
export interface ExpandedAccessInfo {
  /**
   * true if the investigational drug or biological product is also available through expanded access to patients who cannot join a trial, false if not. Required when the study evaluates an unapproved drug or biological product regulated by the U.S. FDA.
   */
  hasExpandedAccess?: boolean;
  /**
   * The NCT number (NCT + 8 digits) of the separate expanded access record, when hasExpandedAccess is true. Example: NCT01234567.
   */
  nctId?: string;
  statusForNctId?: ExpandedAccessStatus;
}
/**
 * A study date, full or partial, with whether it is actual or estimated. Used for the start, primary completion and completion dates.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "PartialDateStruct".
 */
export interface PartialDateStruct {
  /**
   * The date as yyyy-MM-dd (e.g. 2024-03-15) or yyyy-MM when only the month is known (e.g. 2024-03); a bare year is also accepted. Use a full date for actual dates.
   */
  date?: string;
  type?: DateType;
}
/**
 * A full date (yyyy-MM-dd) recorded by ClinicalTrials.gov, with its type. Assigned by ClinicalTrials.gov; do not fill in for a new registration.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "DateStruct".
 */
export interface DateStruct {
  /**
   * The date as yyyy-MM-dd. Example: 2020-02-13. Assigned by ClinicalTrials.gov; do not fill in for a new registration.
   */
  date?: string;
  type?: DateType;
}
/**
 * The responsible party, lead sponsor and collaborators.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "SponsorCollaboratorsModule".
 */
export interface SponsorCollaboratorsModule {
  responsibleParty?: ResponsibleParty;
  leadSponsor?: Sponsor;
  /**
   * Other organizations that support the study, for example by funding it, supplying the drug, or helping design, run or analyse it.
   */
  collaborators?: Sponsor[];
}
/**
 * The party responsible for registration and results reporting; investigator details are needed when it is an investigator.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "ResponsibleParty".
 */
export interface ResponsibleParty {
  type?: ResponsiblePartyType;
  /**
   * Full name of the investigator who is the responsible party. Required when type is PRINCIPAL_INVESTIGATOR or SPONSOR_INVESTIGATOR; leave it out for SPONSOR. Example: Ana Maria Arbelaez.
   */
  investigatorFullName?: string;
  /**
   * The investigator's official title or position. Required when type is PRINCIPAL_INVESTIGATOR or SPONSOR_INVESTIGATOR. Example: Professor of Medicine.
   */
  investigatorTitle?: string;
  /**
   * The organization the investigator works for. Required when type is PRINCIPAL_INVESTIGATOR or SPONSOR_INVESTIGATOR. Example: Hadassah Medical Organization.
   */
  investigatorAffiliation?: string;
  /**
   * Name and title of the responsible party as stored in older records, before the current fields existed. Accepted so such records load unchanged; use investigatorFullName and investigatorTitle instead.
   */
  oldNameTitle?: string;
  /**
   * Organization of the responsible party as stored in older records. Accepted so such records load unchanged; use investigatorAffiliation instead.
   */
  oldOrganization?: string;
}
/**
 * An organization (or person) named as lead sponsor or collaborator.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "Sponsor".
 */
export interface Sponsor {
  /**
   * Full name of the organization, without abbreviations unless added in parentheses. Required by the registry for the lead sponsor. Example: National Cancer Institute (NCI).
   */
  name?: string;
  class?: AgencyClass;
}
/**
 * Data monitoring and U.S. FDA regulation answers.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "OversightModule".
 */
export interface OversightModule {
  /**
   * true if a data monitoring committee (data and safety monitoring board) oversees the study, false if not. Optional but recommended.
   */
  oversightHasDmc?: boolean;
  /**
   * true if the study evaluates a drug or biological product regulated by the U.S. FDA, false if not. Required for interventional studies that start on or after 2017-01-18; optional for observational studies.
   */
  isFdaRegulatedDrug?: boolean;
  /**
   * true if the study evaluates a device product regulated by the U.S. FDA, false if not. Required for interventional studies that start on or after 2017-01-18; optional for observational studies.
   */
  isFdaRegulatedDevice?: boolean;
  /**
   * true if at least one studied device has not been approved or cleared by the U.S. FDA for any use. Required when isFdaRegulatedDevice is true.
   */
  isUnapprovedDevice?: boolean;
  /**
   * true if the study is a pediatric postmarket surveillance of a device product ordered by the U.S. FDA. Required when isFdaRegulatedDevice is true.
   */
  isPpsd?: boolean;
  /**
   * true if a studied drug or device is made in the United States and exported for this study abroad. Required when an FDA-regulated product is studied with no U.S. site and no IND/IDE.
   */
  isUsExport?: boolean;
  /**
   * Set when the U.S. FDA has found a violation of the registration or results reporting requirements for this study. Assigned by ClinicalTrials.gov; do not fill in for a new registration.
   */
  fdaaa801Violation?: boolean;
}
/**
 * Brief summary and detailed description.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "DescriptionModule".
 */
export interface DescriptionModule {
  /**
   * A short explanation of the study for the public, in lay language: what is studied, why, and the main question or hypothesis. Leave out eligibility lists and contact details. Required by the registry. CommonMark text.
   */
  briefSummary?: string;
  /**
   * Optional longer, more technical description of the protocol than the brief summary. Do not repeat the eligibility criteria or outcome measures here. CommonMark text.
   */
  detailedDescription?: string;
}
/**
 * What the study is about, for search and indexing.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "ConditionsModule".
 */
export interface ConditionsModule {
  /**
   * The diseases, disorders or focus of the study, one per entry; MeSH terms are preferred. At least one is required by the registry. Example: Non-Small Cell Lung Cancer.
   */
  conditions?: string[];
  /**
   * Words or phrases that help people find the study, one per entry. Optional. Example: immunotherapy.
   */
  keywords?: string[];
}
/**
 * Study type, phase, design details, biospecimens and enrollment. Which fields apply depends on studyType.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "DesignModule".
 */
export interface DesignModule {
  studyType?: StudyType;
  /**
   * Number of study records that point to this expanded access record. Assigned by ClinicalTrials.gov; do not fill in for a new registration.
   */
  nPtrsToThisExpAccNctId?: number;
  expandedAccessTypes?: ExpandedAccessTypes;
  /**
   * Observational studies only: true if the study is a patient registry. When true, also give targetDuration.
   */
  patientRegistry?: boolean;
  /**
   * Patient registries only: how long each participant is followed, as a number and a unit (Years, Months, Weeks or Days), e.g. 12 Months. Required when patientRegistry is true.
   */
  targetDuration?: string;
  /**
   * The phase of the drug or biological product studied, or NA for trials without phases (e.g. device or behavioral trials). One value, or two for a combined phase: [PHASE1, PHASE2] or [PHASE2, PHASE3]. Required for interventional studies; leave it out for observational studies. Example: [PHASE2].
   */
  phases?: Phase[];
  designInfo?: DesignInfo;
  bioSpec?: BioSpec;
  enrollmentInfo?: EnrollmentInfo;
}
/**
 * Kinds of expanded access offered by an expanded access record (set each that applies to true).
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "ExpandedAccessTypes".
 */
export interface ExpandedAccessTypes {
  /**
   * true if expanded access is offered to individual patients, including for emergency use.
   */
  individual?: boolean;
  /**
   * true if expanded access is offered to an intermediate-size group of patients.
   */
  intermediate?: boolean;
  /**
   * true if expanded access is offered to a large population under a treatment IND or treatment protocol.
   */
  treatment?: boolean;
}
/**
 * How the study is designed. Interventional studies fill allocation, interventionModel, primaryPurpose and maskingInfo; observational studies fill observationalModel and timePerspective.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "DesignInfo".
 */
export interface DesignInfo {
  allocation?: DesignAllocation;
  interventionModel?: InterventionalAssignment;
  /**
   * Optional details of the intervention model, e.g. the randomization ratio, stratification or crossover scheme. CommonMark text.
   */
  interventionModelDescription?: string;
  primaryPurpose?: PrimaryPurpose;
  observationalModel?: ObservationalModel;
  timePerspective?: DesignTimePerspective;
  maskingInfo?: MaskingBlock;
}
/**
 * The masking (blinding) level, the masked roles and an optional description.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "MaskingBlock".
 */
export interface MaskingBlock {
  masking?: DesignMasking;
  /**
   * Optional details of how masking is kept, e.g. identical-looking placebo capsules prepared by the pharmacy. CommonMark text.
   */
  maskingDescription?: string;
  /**
   * Each role kept unaware of the assignment: PARTICIPANT, CARE_PROVIDER, INVESTIGATOR, OUTCOMES_ASSESSOR. Required when masking is not NONE; leave it out for open-label studies. Example: [PARTICIPANT, INVESTIGATOR].
   */
  whoMasked?: WhoMasked[];
}
/**
 * Retention and description of biological samples in an observational study.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "BioSpec".
 */
export interface BioSpec {
  retention?: BioSpecRetention;
  /**
   * The kinds of samples kept, e.g. whole blood, serum, tissue. Required when retention is not NONE_RETAINED. CommonMark text.
   */
  description?: string;
}
/**
 * Number of participants and whether it is actual or estimated.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "EnrollmentInfo".
 */
export interface EnrollmentInfo {
  /**
   * Whole number of participants: the expected total while enrolling, the actual total once enrollment has closed (0 for a withdrawn study). Required by the registry. Example: 120.
   */
  count?: number;
  type?: EnrollmentType;
}
/**
 * Arms or groups and the interventions, cross-referenced in both directions.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "ArmsInterventionsModule".
 */
export interface ArmsInterventionsModule {
  /**
   * Interventional studies: each arm with its label, type, description and the interventions it receives. Observational studies: each group or cohort, without a type. At least one arm is required for interventional studies.
   */
  armGroups?: ArmGroup[];
  /**
   * Each intervention studied or given (drug, device, procedure, behavioral, ...), with the arms or groups that receive it. At least one is required for interventional studies.
   */
  interventions?: Intervention[];
}
/**
 * One arm of an interventional study, or one group/cohort of an observational study.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "ArmGroup".
 */
export interface ArmGroup {
  /**
   * A short name for the arm or group, unique within the study. Interventions list it, with this exact text, in armGroupLabels. Required by the registry. Example: Arm B (pembrolizumab).
   */
  label?: string;
  type?: ArmGroupType;
  /**
   * What participants in this arm receive (dose, schedule, duration), or who is in this group. Expected for interventional studies, especially when arms share interventions. CommonMark text.
   */
  description?: string;
  /**
   * The interventions this arm or group receives, each written as "<Intervention type label>: <intervention name>", e.g. "Drug: Placebo" or "Dietary Supplement: Vitamin D". The name must match an intervention's name exactly. Leave it out for NO_INTERVENTION arms.
   */
  interventionNames?: string[];
}
/**
 * One intervention given in the study, and the arms or groups that receive it.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "Intervention".
 */
export interface Intervention {
  type?: InterventionType;
  /**
   * A short, non-proprietary name; put brand names in otherNames. Arms refer to it as "<type label>: <name>", e.g. "Drug: Pembrolizumab". Required by the registry.
   */
  name?: string;
  /**
   * Details that tell this intervention apart from similar ones, e.g. dose, form, frequency and duration. Required by the registry for studies that start on or after 2017-01-18. CommonMark text.
   */
  description?: string;
  /**
   * The arms or groups given this intervention, each the exact label of an entry in armGroups. Required for interventional studies. Example: Arm B (pembrolizumab).
   */
  armGroupLabels?: string[];
  /**
   * Other names for the intervention, such as brand names or code numbers, one per entry. Example: Keytruda.
   */
  otherNames?: string[];
}
/**
 * Primary, secondary and other pre-specified outcome measures.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "OutcomesModule".
 */
export interface OutcomesModule {
  /**
   * The outcome(s) the study is designed to evaluate, as stated in the protocol. At least one is required by the registry.
   */
  primaryOutcomes?: Outcome[];
  /**
   * Other pre-specified outcomes of interest. Optional; each entry needs a title and a time frame.
   */
  secondaryOutcomes?: Outcome[];
  /**
   * Further pre-specified outcomes that are neither primary nor secondary, e.g. exploratory endpoints. Optional.
   */
  otherOutcomes?: Outcome[];
}
/**
 * One outcome measure: what is measured, how, and when.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "Outcome".
 */
export interface Outcome {
  /**
   * A specific name for what is measured; avoid one-word titles such as Safety or Efficacy. Required by the registry. Example: Change from baseline in HbA1c at week 12.
   */
  measure?: string;
  /**
   * How the outcome is measured: the instrument (full name), unit, and for scales the range and which direction is better. Expected whenever the title alone does not explain the measurement. CommonMark text.
   */
  description?: string;
  /**
   * When the outcome is assessed, as a specific time point or window; avoid vague values such as "end of study". Required by the registry.
   */
  timeFrame?: string;
}
/**
 * Participant eligibility: criteria, sex, ages, healthy volunteers and, for observational studies, population and sampling.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "EligibilityModule".
 */
export interface EligibilityModule {
  /**
   * Inclusion and exclusion criteria, as two bulleted lists under the headings "Inclusion Criteria:" and "Exclusion Criteria:". Required by the registry. CommonMark text.
   */
  eligibilityCriteria?: string;
  /**
   * true if people without the condition studied may take part, false if not. Required for interventional studies.
   */
  healthyVolunteers?: boolean;
  sex?: Sex;
  /**
   * true if eligibility is based on gender identity rather than biological sex; describe how in genderDescription.
   */
  genderBased?: boolean;
  /**
   * How gender identity affects who may take part. Required when genderBased is true. CommonMark text.
   */
  genderDescription?: string;
  /**
   * The youngest age allowed, as a number and a unit (Years, Months, Weeks, Days, Hours or Minutes), e.g. 18 Years or 6 Months. Leave the key out for no minimum age.
   */
  minimumAge?: string;
  /**
   * The oldest age allowed, as a number and a unit (Years, Months, Weeks, Days, Hours or Minutes), e.g. 64 Years. Leave the key out for no maximum age.
   */
  maximumAge?: string;
  /**
   * The standard age groups covered (CHILD, ADULT, OLDER_ADULT), derived from the minimum and maximum ages. Assigned by ClinicalTrials.gov; do not fill in for a new registration.
   */
  stdAges?: StandardAge[];
  /**
   * Observational studies only: who the participants are and where they are recruited from, e.g. patients of a clinic or a community sample. Required for observational studies. CommonMark text.
   */
  studyPopulation?: string;
  samplingMethod?: SamplingMethod;
}
/**
 * Central contacts, overall study officials and study sites.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "ContactsLocationsModule".
 */
export interface ContactsLocationsModule {
  /**
   * People to contact about enrollment for the whole study (a main contact and an optional backup), with phone and email. Required while the study is not yet recruiting or recruiting, unless every site lists its own contact.
   */
  centralContacts?: Contact[];
  /**
   * People responsible for the scientific leadership of the whole study, e.g. the principal investigator, with affiliation and role.
   */
  overallOfficials?: Official[];
  /**
   * Every site (facility) where participants are or will be enrolled, with its address, recruitment status and contacts.
   */
  locations?: Location[];
  /**
   * Not part of the registry's published model; some exported records carry a copy of locations here. Accepted so such records load unchanged; do not write it.
   */
  locations_nested?: Location[];
}
/**
 * A person to contact (central or site contact) or a site investigator.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "Contact".
 */
export interface Contact {
  /**
   * Full name with degree, or an official title such as "Site Public Contact". Required for each contact. Example: Jane A. Smith, MD.
   */
  name?: string;
  role?: ContactRole;
  /**
   * Telephone number, with the country code for numbers outside the U.S. Required for central contacts. Example: +1 907-212-6871.
   */
  phone?: string;
  /**
   * Extension for the phone number, if any. Example: 1234.
   */
  phoneExt?: string;
  /**
   * Email address. Required for central contacts. Example: trials@example.org.
   */
  email?: string;
}
/**
 * A person responsible for the scientific leadership of the study.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "Official".
 */
export interface Official {
  /**
   * Full name with degree. Required for each official. Example: Jacob M. Sands, MD.
   */
  name?: string;
  /**
   * The organization the official belongs to. Required for each official. Example: Alliance for Clinical Trials in Oncology.
   */
  affiliation?: string;
  role?: OfficialRole;
}
/**
 * One facility where participants are enrolled, with address, status and contacts.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "Location".
 */
export interface Location {
  /**
   * Name of the organization at the site, without address, phone or person. Required for each site. Example: Sun Yat-sen University Cancer Center.
   */
  facility?: string;
  status?: RecruitmentStatus;
  /**
   * City of the site. Required for each site. Example: Anchorage.
   */
  city?: string;
  /**
   * State, province or region, written out in full. Required for sites in the United States. Example: Alaska.
   */
  state?: string;
  /**
   * ZIP or postal code as text; quote codes that start with 0 so YAML keeps them as text. Required for sites in the United States. Example: "99508".
   */
  zip?: string;
  /**
   * Country name in English. Required for each site. Example: United States.
   */
  country?: string;
  /**
   * The site's enrollment contacts (role CONTACT, with phone and email) and its investigators (e.g. PRINCIPAL_INVESTIGATOR). Required for each site when the study has no central contact.
   */
  contacts?: Contact[];
  geoPoint?: GeoPoint;
}
/**
 * Geographic coordinates of a site, computed from its address. Assigned by ClinicalTrials.gov; do not fill in for a new registration.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "GeoPoint".
 */
export interface GeoPoint {
  /**
   * Latitude in decimal degrees, positive north. Example: 61.21806. Assigned by ClinicalTrials.gov; do not fill in for a new registration.
   */
  lat: number;
  /**
   * Longitude in decimal degrees, positive east. Example: -149.90028. Assigned by ClinicalTrials.gov; do not fill in for a new registration.
   */
  lon: number;
}
/**
 * Citations, links and available participant data or documents.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "ReferencesModule".
 */
export interface ReferencesModule {
  /**
   * Publications related to the study: background literature, or articles reporting its results.
   */
  references?: Reference[];
  /**
   * Web pages directly relevant to the study, e.g. the study website. No promotional pages.
   */
  seeAlsoLinks?: SeeAlsoLink[];
  /**
   * Individual participant data sets and study documents (protocol, analysis plan, ...) available to others, each with an identifier, type, URL and comments.
   */
  availIpds?: AvailIpd[];
}
/**
 * One publication related to the study.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "Reference".
 */
export interface Reference {
  /**
   * The article's PubMed identifier, digits only. The registry can fill in the citation from it. Example: 33878954.
   */
  pmid?: string;
  type?: ReferenceType;
  /**
   * The bibliographic citation, preferably in MEDLINE style: authors, title, journal, year, volume and pages. Required for each reference.
   */
  citation?: string;
  /**
   * Retraction notices found for this article. Assigned by ClinicalTrials.gov; do not fill in for a new registration.
   */
  retractions?: Retraction[];
}
/**
 * A retraction of a cited article, found by the registry. Assigned by ClinicalTrials.gov; do not fill in for a new registration.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "Retraction".
 */
export interface Retraction {
  /**
   * PubMed identifier of the retraction notice. Assigned by ClinicalTrials.gov; do not fill in for a new registration.
   */
  pmid?: string;
  /**
   * Where the retraction was published, e.g. the journal. Assigned by ClinicalTrials.gov; do not fill in for a new registration.
   */
  source?: string;
}
/**
 * A web page relevant to the study.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "SeeAlsoLink".
 */
export interface SeeAlsoLink {
  /**
   * A short title for the linked page. Required for each link. Example: Study website. CommonMark text.
   */
  label?: string;
  /**
   * Full web address including http:// or https://. Required for each link. Example: https://www.example.org/study.
   */
  url?: string;
}
/**
 * An individual participant data set or study document that others can obtain.
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "AvailIpd".
 */
export interface AvailIpd {
  /**
   * Identifier of the data set or document, e.g. a repository accession number.
   */
  id?: string;
  /**
   * What is available, as free text, e.g. Individual Participant Data Set, Study Protocol, Statistical Analysis Plan, Informed Consent Form, Clinical Study Report or Analytic Code.
   */
  type?: string;
  /**
   * Web address where the data set or document can be found or requested.
   */
  url?: string;
  /**
   * Any notes about access, e.g. conditions for requesting the data. CommonMark text.
   */
  comment?: string;
}
/**
 * The plan for sharing individual participant data (IPD).
 *
 * This interface was referenced by `Trial`'s JSON-Schema
 * via the `definition` "IpdSharingStatementModule".
 */
export interface IpdSharingStatementModule {
  ipdSharing?: IpdSharing;
  /**
   * Which data will be shared (e.g. de-identified data behind the published results), or why data will not be shared. CommonMark text.
   */
  description?: string;
  /**
   * Documents shared along with the data, e.g. STUDY_PROTOCOL, SAP, ICF. Expected when ipdSharing is YES. Example: [STUDY_PROTOCOL, SAP].
   */
  infoTypes?: IpdSharingInfoType[];
  /**
   * When the data become available and for how long, e.g. "Starting 6 months after publication, for 5 years". CommonMark text.
   */
  timeFrame?: string;
  /**
   * Who may get the data and how: the review process, any data use agreement, and whom to contact. CommonMark text.
   */
  accessCriteria?: string;
  /**
   * Web address with more about the sharing plan or where to request data. Example: https://www.example.org/data-sharing.
   */
  url?: string;
}

/** The name of an enum definition of the schema (`Status`, `Phase`, ...). */
export type EnumName =
  | 'OrgStudyIdType'
  | 'SecondaryIdType'
  | 'AgencyClass'
  | 'Status'
  | 'ExpandedAccessStatus'
  | 'DateType'
  | 'ResponsiblePartyType'
  | 'StudyType'
  | 'Phase'
  | 'DesignAllocation'
  | 'InterventionalAssignment'
  | 'PrimaryPurpose'
  | 'ObservationalModel'
  | 'DesignTimePerspective'
  | 'DesignMasking'
  | 'WhoMasked'
  | 'BioSpecRetention'
  | 'EnrollmentType'
  | 'ArmGroupType'
  | 'InterventionType'
  | 'Sex'
  | 'StandardAge'
  | 'SamplingMethod'
  | 'ContactRole'
  | 'OfficialRole'
  | 'RecruitmentStatus'
  | 'ReferenceType'
  | 'IpdSharing'
  | 'IpdSharingInfoType';
