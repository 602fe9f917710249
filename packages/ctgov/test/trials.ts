// Hand-written trials for the PRS export tests: complete enough that the upload is ready when the PRS-only data
// is given, and using a wide part of the vocabulary.
import type { PrsUploadInfo } from '../src/prs-xml/upload-info.js';

export const FULL_UPLOAD_INFO: PrsUploadInfo = {
  orgName: 'ExampleOrg',
  investigatorUsername: 'jdoe',
  reviewBoard: {
    approvalStatus: 'Approved',
    approvalNumber: 'IRB-2024-17',
    name: 'Example IRB',
    email: 'irb@example.org',
  },
  indIde: { isIndStudy: true, grantor: 'CDER', number: '123456', serialNumber: '0001' },
};

export function interventionalTrial(): Record<string, unknown> {
  return {
    identificationModule: {
      nctId: 'NCT01234567',
      orgStudyIdInfo: { id: 'EX-001', type: 'NIH' },
      secondaryIdInfos: [
        { id: 'R01CA000001', type: 'NIH', link: 'https://reporter.nih.gov/x' },
        { id: 'F-17', type: 'FDA' },
        { id: '2014-005181-30', type: 'EUDRACT_NUMBER', domain: 'EMA' },
        { id: 'BIG 14-03', type: 'OTHER', domain: 'Breast International Group' },
      ],
      organization: { fullName: 'Example University', class: 'OTHER' },
      briefTitle: 'Drug X & Drug Y <Phase 1/2> in Adults',
      officialTitle: 'A Randomized Study of Drug X',
      acronym: 'EX-1',
    },
    statusModule: {
      statusVerifiedDate: '2024-03',
      overallStatus: 'RECRUITING',
      delayedPosting: false,
      expandedAccessInfo: { hasExpandedAccess: true, nctId: 'NCT07654321', statusForNctId: 'AVAILABLE' },
      startDateStruct: { date: '2024-01-15', type: 'ACTUAL' },
      primaryCompletionDateStruct: { date: '2026-06', type: 'ESTIMATED' },
      completionDateStruct: { date: '2027-01', type: 'ESTIMATED' },
      studyFirstSubmitDate: '2023-12-01',
      lastUpdatePostDateStruct: { date: '2024-03-02', type: 'ACTUAL' },
    },
    sponsorCollaboratorsModule: {
      responsibleParty: {
        type: 'PRINCIPAL_INVESTIGATOR',
        investigatorFullName: 'Jane Doe, MD',
        investigatorTitle: 'Professor',
        investigatorAffiliation: 'Example University',
      },
      leadSponsor: { name: 'Example University', class: 'OTHER' },
      collaborators: [{ name: 'Pharma & Co', class: 'INDUSTRY' }],
    },
    oversightModule: {
      oversightHasDmc: true,
      isFdaRegulatedDrug: true,
      isFdaRegulatedDevice: false,
      isUsExport: false,
    },
    descriptionModule: {
      briefSummary: 'Tests whether Drug X \\> placebo.\r\nSecond line with \\[brackets\\].',
      detailedDescription: 'Details\u0001 with a control character.',
    },
    conditionsModule: { conditions: ['Breast Cancer'], keywords: ['HR+/HER2-', 'CDK4/6'] },
    designModule: {
      studyType: 'INTERVENTIONAL',
      phases: ['PHASE2', 'PHASE1'],
      designInfo: {
        allocation: 'NON_RANDOMIZED',
        interventionModel: 'PARALLEL',
        interventionModelDescription: 'Two arms.',
        primaryPurpose: 'TREATMENT',
        maskingInfo: {
          masking: 'DOUBLE',
          maskingDescription: 'Blinded.',
          whoMasked: ['PARTICIPANT', 'OUTCOMES_ASSESSOR'],
        },
      },
      enrollmentInfo: { count: 120, type: 'ESTIMATED' },
    },
    armsInterventionsModule: {
      armGroups: [
        {
          label: 'Drug X',
          type: 'EXPERIMENTAL',
          description: 'Drug X daily.',
          interventionNames: ['Drug: Drug X'],
        },
        { label: 'Placebo', type: 'PLACEBO_COMPARATOR', interventionNames: ['Drug: Placebo'] },
      ],
      interventions: [
        {
          type: 'DRUG',
          name: 'Drug X',
          description: 'Tablet.',
          armGroupLabels: ['Drug X'],
          otherNames: ['XR-1'],
        },
        { type: 'BIOLOGICAL', name: 'Placebo', armGroupLabels: ['Placebo'] },
      ],
    },
    outcomesModule: {
      primaryOutcomes: [{ measure: 'Response rate', description: 'RECIST 1.1', timeFrame: 'Week 12' }],
      secondaryOutcomes: [{ measure: 'Overall survival', timeFrame: 'Up to 5 years' }],
      otherOutcomes: [{ measure: 'Quality of life' }],
    },
    eligibilityModule: {
      eligibilityCriteria: 'Inclusion Criteria:\n\n* Age \\>= 18\n\nExclusion Criteria:\n\n* Pregnancy',
      healthyVolunteers: false,
      sex: 'ALL',
      minimumAge: '18 Years',
      stdAges: ['ADULT', 'OLDER_ADULT'],
    },
    contactsLocationsModule: {
      centralContacts: [
        {
          name: 'Trial Desk',
          role: 'CONTACT',
          phone: '+1 555 0100',
          phoneExt: '12',
          email: 'desk@example.org',
        },
        { name: 'Backup Desk', role: 'CONTACT', email: 'backup@example.org' },
        { name: 'Third Desk', role: 'CONTACT', email: 'third@example.org' },
      ],
      overallOfficials: [
        { name: 'Jane Doe, MD', affiliation: 'Example University', role: 'PRINCIPAL_INVESTIGATOR' },
      ],
      locations: [
        {
          facility: 'Example Hospital',
          status: 'RECRUITING',
          city: 'Boston',
          state: 'Massachusetts',
          zip: '02115',
          country: 'United States',
          contacts: [
            { name: 'Site Desk', role: 'CONTACT', phone: '555-0101' },
            { name: 'Dr. Site Lead', role: 'PRINCIPAL_INVESTIGATOR', email: 'lead@example.org' },
            { name: 'Site Backup', role: 'CONTACT', email: 'b@example.org' },
            { name: 'Dr. Sub', role: 'SUB_INVESTIGATOR' },
          ],
          geoPoint: { lat: 42.36, lon: -71.06 },
        },
        { facility: 'Second Site', city: 'Paris', country: 'France', geoPoint: { lat: 48.85, lon: 2.35 } },
      ],
    },
    referencesModule: {
      references: [
        { pmid: '111', type: 'BACKGROUND', citation: 'Background paper.' },
        { pmid: '222', type: 'RESULT', citation: 'Result paper.' },
        { pmid: '333', type: 'DERIVED', citation: 'Found by PubMed.' },
      ],
      seeAlsoLinks: [{ label: 'Study \\*site\\*', url: 'https://example.org/study' }],
      availIpds: [
        { id: 'P-1', type: 'Study Protocol', url: 'https://example.org/p' },
        { id: 'D-1', type: 'Data dictionary', comment: 'On request\\.' },
      ],
    },
    ipdSharingStatementModule: {
      ipdSharing: 'YES',
      description: 'De-identified data.',
      infoTypes: ['STUDY_PROTOCOL', 'CSR'],
      timeFrame: 'After publication.',
      accessCriteria: 'Researchers.',
      url: 'https://example.org/ipd',
    },
  };
}

export function observationalTrial(): Record<string, unknown> {
  return {
    identificationModule: { orgStudyIdInfo: { id: 'OBS-1' }, briefTitle: 'A Registry' },
    statusModule: {
      statusVerifiedDate: '2024-01',
      overallStatus: 'UNKNOWN',
      lastKnownStatus: 'ENROLLING_BY_INVITATION',
      startDateStruct: { date: '2020-01' },
    },
    sponsorCollaboratorsModule: {
      responsibleParty: { type: 'SPONSOR' },
      leadSponsor: { name: 'Registry Org' },
    },
    descriptionModule: { briefSummary: 'Follows patients.' },
    conditionsModule: { conditions: ['Diabetes'] },
    designModule: {
      studyType: 'OBSERVATIONAL',
      patientRegistry: true,
      targetDuration: '1 Year',
      designInfo: { observationalModel: 'NATURAL_HISTORY', timePerspective: 'PROSPECTIVE' },
      bioSpec: { retention: 'SAMPLES_WITH_DNA', description: 'Blood.' },
      enrollmentInfo: { count: 500, type: 'ACTUAL' },
    },
    armsInterventionsModule: {
      armGroups: [{ label: 'Cohort A', description: 'Adults.' }, { label: 'Cohort B' }],
    },
    eligibilityModule: {
      eligibilityCriteria: 'Adults with diabetes.',
      sex: 'FEMALE',
      maximumAge: '80 Years',
      studyPopulation: 'Clinic patients.',
      samplingMethod: 'NON_PROBABILITY_SAMPLE',
    },
  };
}

export function expandedAccessTrial(): Record<string, unknown> {
  return {
    identificationModule: { orgStudyIdInfo: { id: 'EA-1' }, briefTitle: 'Expanded access to Drug X' },
    statusModule: { statusVerifiedDate: '2024-01', overallStatus: 'TEMPORARILY_NOT_AVAILABLE' },
    sponsorCollaboratorsModule: {
      responsibleParty: { type: 'SPONSOR' },
      leadSponsor: { name: 'Pharma & Co' },
    },
    designModule: {
      studyType: 'EXPANDED_ACCESS',
      expandedAccessTypes: { individual: true, treatment: false },
      phases: ['NA'],
    },
    eligibilityModule: { eligibilityCriteria: 'Patients without options.', sex: 'ALL' },
  };
}
