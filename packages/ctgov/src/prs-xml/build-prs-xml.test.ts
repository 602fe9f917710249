import { validateTrialSchema } from '@trialyaml/core';
import { describe, expect, it } from 'vitest';
import { exampleFiles, sampleRecords } from '../../test/paths.js';
import {
  FULL_UPLOAD_INFO,
  expandedAccessTrial,
  interventionalTrial,
  observationalTrial,
} from '../../test/trials.js';
import { validatePrsXml, type XmllintError } from '../../test/xmllint.js';
import { importStudyJson } from '../import-study.js';
import { buildPrsXml } from './build-prs-xml.js';
import { exportTrialPrsXml } from './export-prs-xml.js';
import type { MissingUploadField } from './report.js';

/** The names an element path ends with (`facility`, `name` for `.../facility/name`), indices dropped. */
function lastNames(field: MissingUploadField): string[] {
  return field.element
    .replace(/\[\d+\]/g, '')
    .split('/')
    .slice(-2);
}

/**
 * The report says precisely what the XSD misses: every xmllint error is about (or expects) an element the report
 * lists as required by the upload schema, every such element shows up in some error, and the XML is valid
 * exactly when there is none.
 */
function expectXsdMatchesReport(xml: string, missing: MissingUploadField[]): void {
  const result = validatePrsXml(xml);
  const schemaMissing = missing.filter((field) => field.requiredBy === 'upload-schema');
  const names = (error: XmllintError): string[] => [error.element, ...error.expected];
  const unexplained = result.errors.filter(
    (error) => !schemaMissing.some((field) => lastNames(field).some((name) => names(error).includes(name))),
  );
  expect(unexplained, result.output).toEqual([]);
  const unseen = schemaMissing.filter(
    (field) => !result.errors.some((error) => lastNames(field).some((name) => names(error).includes(name))),
  );
  expect(unseen, result.output).toEqual([]);
  expect(result.valid, result.output).toBe(schemaMissing.length === 0);
}

function expectValid(xml: string): void {
  const result = validatePrsXml(xml);
  expect(result.errors, result.output).toEqual([]);
  expect(result.valid, result.output).toBe(true);
}

describe('PRS upload XML for the shared registry samples', () => {
  it.each(sampleRecords().map((record) => [record.name, record] as const))('%s', (_name, record) => {
    const text = importStudyJson(record.text).text;
    const bare = exportTrialPrsXml(text);
    expect(bare.ok).toBe(true);
    const missing = bare.report!.missingUploadFields;
    // What the registry API never has is always reported, never invented.
    expect(
      missing.filter((field) => field.reason === 'not-in-api-model').map((field) => field.element),
    ).toEqual(
      expect.arrayContaining(['clinical_study/id_info/org_name', 'clinical_study/oversight_info/irb_info']),
    );
    expect(bare.xml).not.toMatch(/<org_name>|<irb_info>|<is_ind_study>|<investigator_username>/);
    expectXsdMatchesReport(bare.xml!, missing);

    const complete = exportTrialPrsXml(text, { uploadInfo: FULL_UPLOAD_INFO });
    const left = complete.report!.missingUploadFields;
    expect(left.filter((field) => field.reason === 'not-in-api-model')).toEqual([]);
    expectXsdMatchesReport(complete.xml!, left);
  });
});

describe('PRS upload XML for the examples', () => {
  it.each(exampleFiles().map((file) => [file.name, file.text] as const))('%s', (_name, text) => {
    const bare = exportTrialPrsXml(text);
    expect(bare.report!.missingUploadFields.filter((field) => field.requiredBy === 'upload-schema')).toEqual([
      expect.objectContaining({ element: 'clinical_study/id_info/org_name', reason: 'not-in-api-model' }),
    ]);
    expectXsdMatchesReport(bare.xml!, bare.report!.missingUploadFields);
    const complete = exportTrialPrsXml(text, { uploadInfo: FULL_UPLOAD_INFO });
    expectValid(complete.xml!);
  });
});

describe('buildPrsXml', () => {
  it('the test trials follow the schema', () => {
    for (const trial of [interventionalTrial(), observationalTrial(), expandedAccessTrial()]) {
      expect(validateTrialSchema(trial)).toEqual([]);
    }
  });

  it('writes a complete interventional trial that validates and is ready to upload', () => {
    const result = buildPrsXml(interventionalTrial(), { uploadInfo: FULL_UPLOAD_INFO });
    expect(result.missingUploadFields).toEqual([]);
    expectValid(result.xml);
    const xml = result.xml;
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<prs:study_collection xmlns:prs="http://clinicaltrials.gov/prs">\n  <clinical_study>\n    <id_info>\n      <org_name>ExampleOrg</org_name>\n      <org_study_id>EX-001</org_study_id>\n',
      ),
    ).toBe(true);
    for (const fragment of [
      '<secondary_id>\n        <id>R01CA000001</id>\n        <id_type>NIH Grant Number</id_type>\n      </secondary_id>',
      '<secondary_id>\n        <id>F-17</id>\n        <id_type>Other Grant/Funding Number</id_type>\n        <id_domain>U.S. FDA Grant/Contract</id_domain>\n      </secondary_id>',
      '<secondary_id>\n        <id>2014-005181-30</id>\n        <id_type>EudraCT Number</id_type>\n      </secondary_id>',
      '<is_ind_study>Yes</is_ind_study>',
      '<ind_info>\n      <ind_grantor>CDER</ind_grantor>\n      <ind_number>123456</ind_number>\n      <ind_serial_number>0001</ind_serial_number>\n      <has_expanded_access>Yes</has_expanded_access>\n      <expanded_access_nct_id>NCT07654321</expanded_access_nct_id>\n    </ind_info>',
      '<brief_title>Drug X &amp; Drug Y &lt;Phase 1/2&gt; in Adults</brief_title>',
      '<resp_party>\n        <resp_party_type>Principal Investigator</resp_party_type>\n        <investigator_username>jdoe</investigator_username>\n        <investigator_title>Professor</investigator_title>\n        <investigator_affiliation>Example University</investigator_affiliation>\n      </resp_party>',
      '<irb_info>\n        <approval_status>Approved</approval_status>\n        <approval_number>IRB-2024-17</approval_number>\n        <name>Example IRB</name>\n        <email>irb@example.org</email>\n      </irb_info>\n      <has_dmc>Yes</has_dmc>\n      <fda_regulated_drug>Yes</fda_regulated_drug>\n      <fda_regulated_device>No</fda_regulated_device>\n      <post_prior_to_approval>No</post_prior_to_approval>\n      <exported_from_us>No</exported_from_us>\n    </oversight_info>',
      '<textblock>Tests whether Drug X &gt; placebo.&#13;\nSecond line with [brackets].</textblock>',
      '<textblock>Details with a control character.</textblock>',
      '<overall_status>Recruiting</overall_status>\n    <verification_date>2024-03</verification_date>\n    <start_date>2024-01-15</start_date>\n    <start_date_type>Actual</start_date_type>\n    <last_follow_up_date>2027-01</last_follow_up_date>\n    <last_follow_up_date_type>Anticipated</last_follow_up_date_type>\n    <primary_compl_date>2026-06</primary_compl_date>\n    <primary_compl_date_type>Anticipated</primary_compl_date_type>',
      '<interventional_design>\n        <interventional_subtype>Treatment</interventional_subtype>\n        <phase>Phase 1/Phase 2</phase>\n        <assignment>Parallel Assignment</assignment>\n        <model_description>\n          <textblock>Two arms.</textblock>\n        </model_description>\n        <allocation>Non-randomized</allocation>\n        <no_masking>No</no_masking>\n        <masked_subject>Yes</masked_subject>\n        <masked_caregiver>No</masked_caregiver>\n        <masked_investigator>No</masked_investigator>\n        <masked_assessor>Yes</masked_assessor>\n        <masking_description>\n          <textblock>Blinded.</textblock>\n        </masking_description>\n        <number_of_arms>2</number_of_arms>\n      </interventional_design>',
      '<other_outcome>\n      <outcome_measure>Quality of life</outcome_measure>\n    </other_outcome>\n    <enrollment>120</enrollment>\n    <enrollment_type>Anticipated</enrollment_type>\n    <condition>Breast Cancer</condition>\n    <keyword>HR+/HER2-</keyword>',
      '<intervention>\n      <intervention_type>Biological/Vaccine</intervention_type>\n      <intervention_name>Placebo</intervention_name>\n      <arm_group_label>Placebo</arm_group_label>\n    </intervention>',
      '<intervention_description>\n        <textblock>Tablet.</textblock>\n      </intervention_description>\n      <arm_group_label>Drug X</arm_group_label>\n      <intervention_other_name>XR-1</intervention_other_name>',
      '<gender>All</gender>\n      <minimum_age>18 Years</minimum_age>\n      <maximum_age>N/A</maximum_age>\n    </eligibility>',
      '<overall_contact>\n      <last_name>Trial Desk</last_name>\n      <phone>+1 555 0100</phone>\n      <phone_ext>12</phone_ext>\n      <email>desk@example.org</email>\n    </overall_contact>\n    <overall_contact_backup>\n      <last_name>Backup Desk</last_name>\n      <email>backup@example.org</email>\n    </overall_contact_backup>\n    <location>',
      '<location>\n      <facility>\n        <name>Example Hospital</name>\n        <address>\n          <city>Boston</city>\n          <state>Massachusetts</state>\n          <country>United States</country>\n          <zip>02115</zip>\n        </address>\n      </facility>\n      <status>Recruiting</status>\n      <contact>\n        <last_name>Site Desk</last_name>\n        <phone>555-0101</phone>\n      </contact>\n      <contact_backup>\n        <last_name>Site Backup</last_name>\n        <email>b@example.org</email>\n      </contact_backup>\n      <investigator>\n        <last_name>Dr. Site Lead</last_name>\n        <role>Principal Investigator</role>\n      </investigator>\n      <investigator>\n        <last_name>Dr. Sub</last_name>\n        <role>Sub-Investigator</role>\n      </investigator>\n    </location>',
      '<ipd_sharing_statement>\n      <sharing_ipd>Yes</sharing_ipd>\n      <ipd_description>\n        <textblock>De-identified data.</textblock>\n      </ipd_description>\n      <ipd_info_type_protocol>Yes</ipd_info_type_protocol>\n      <ipd_info_type_sap>No</ipd_info_type_sap>\n      <ipd_info_type_icf>No</ipd_info_type_icf>\n      <ipd_info_type_csr>Yes</ipd_info_type_csr>\n      <ipd_info_type_analytic_code>No</ipd_info_type_analytic_code>',
      '<link>\n      <url>https://example.org/study</url>\n      <description>Study *site*</description>\n    </link>\n    <reference>\n      <citation>Background paper.</citation>\n      <pubmed_id>111</pubmed_id>\n      <is_results_ref>No</is_results_ref>\n    </reference>\n    <reference>\n      <citation>Result paper.</citation>\n      <pubmed_id>222</pubmed_id>\n      <is_results_ref>Yes</is_results_ref>\n    </reference>\n    <study_document>',
      '<study_document>\n      <study_document_type>Other</study_document_type>\n      <study_document_other_type>Data dictionary</study_document_other_type>\n      <study_document_identifier>D-1</study_document_identifier>\n      <study_document_comments>\n        <textblock>On request.</textblock>\n      </study_document_comments>\n    </study_document>\n  </clinical_study>\n</prs:study_collection>\n',
    ]) {
      expect(xml).toContain(fragment);
    }
    expect(xml).not.toMatch(
      /Found by PubMed|Third Desk|geoPoint|42\.36|NCT01234567|Jane Doe, MD<\/investigator|ADULT/,
    );
  });

  it('lists what the upload leaves out, grouped over list items, with the reason', () => {
    const { notExported } = buildPrsXml(interventionalTrial(), { uploadInfo: FULL_UPLOAD_INFO });
    expect(notExported).toEqual([
      {
        path: '/identificationModule/nctId',
        count: 1,
        reason: 'assigned by ClinicalTrials.gov; not part of an upload',
      },
      {
        path: '/identificationModule/orgStudyIdInfo/type',
        count: 1,
        reason: expect.stringMatching(/no type for the organization's study ID/),
      },
      {
        path: '/identificationModule/secondaryIdInfos/*/link',
        count: 1,
        reason: 'assigned by ClinicalTrials.gov; not part of an upload',
      },
      {
        path: '/identificationModule/secondaryIdInfos/*/domain',
        count: 1,
        reason: 'the upload does not use a description for EUDRACT_NUMBER IDs',
      },
      {
        path: '/identificationModule/organization',
        count: 1,
        reason: 'assigned by ClinicalTrials.gov; not part of an upload',
      },
      {
        path: '/statusModule/expandedAccessInfo/statusForNctId',
        count: 1,
        reason: 'assigned by ClinicalTrials.gov; not part of an upload',
      },
      {
        path: '/statusModule/studyFirstSubmitDate',
        count: 1,
        reason: 'assigned by ClinicalTrials.gov; not part of an upload',
      },
      {
        path: '/statusModule/lastUpdatePostDateStruct',
        count: 1,
        reason: 'assigned by ClinicalTrials.gov; not part of an upload',
      },
      {
        path: '/sponsorCollaboratorsModule/responsibleParty/investigatorFullName',
        count: 1,
        reason: expect.stringMatching(/PRS user name/),
      },
      {
        path: '/sponsorCollaboratorsModule/leadSponsor/class',
        count: 1,
        reason: 'assigned by ClinicalTrials.gov; not part of an upload',
      },
      {
        path: '/sponsorCollaboratorsModule/collaborators/*/class',
        count: 1,
        reason: 'assigned by ClinicalTrials.gov; not part of an upload',
      },
      {
        path: '/armsInterventionsModule/armGroups/*/interventionNames',
        count: 2,
        reason: expect.stringMatching(/cross-reference/),
      },
      {
        path: '/eligibilityModule/stdAges',
        count: 1,
        reason: 'assigned by ClinicalTrials.gov; not part of an upload',
      },
      {
        path: '/contactsLocationsModule/centralContacts/*',
        count: 1,
        reason: 'the upload holds one central contact and one backup',
      },
      {
        path: '/contactsLocationsModule/locations/*/contacts/*/email',
        count: 1,
        reason: 'site investigators have no phone or email in the upload',
      },
      {
        path: '/contactsLocationsModule/locations/*/geoPoint',
        count: 2,
        reason: 'assigned by ClinicalTrials.gov; not part of an upload',
      },
      { path: '/referencesModule/references/*', count: 1, reason: expect.stringMatching(/type DERIVED/) },
    ]);
  });

  it('notes translations worth a look', () => {
    const { notes } = buildPrsXml(interventionalTrial(), { uploadInfo: FULL_UPLOAD_INFO });
    expect(notes).toEqual([
      {
        pointer: '/identificationModule/secondaryIdInfos/1/type',
        message: expect.stringMatching(/no FDA grant type; written as "Other Grant\/Funding Number"/),
      },
      {
        pointer: '/descriptionModule/detailedDescription',
        message: '1 character that XML cannot hold (control characters) left out.',
      },
      {
        pointer: '/referencesModule/availIpds/1/type',
        message: expect.stringMatching(/"Data dictionary" is not one of PRS's document types/),
      },
    ]);
  });

  it('writes an observational design, and the registry-assigned UNKNOWN status as the last status entered', () => {
    const result = buildPrsXml(observationalTrial(), { uploadInfo: FULL_UPLOAD_INFO });
    expectValid(result.xml);
    expect(result.missingUploadFields).toEqual([]);
    expect(result.xml).toContain('<overall_status>Enrolling by invitation</overall_status>');
    expect(result.xml).toContain(
      '<observational_design>\n        <observational_study_design>Natural History</observational_study_design>\n        <biospecimen_retention>Samples With DNA</biospecimen_retention>\n        <biospecimen_description>\n          <textblock>Blood.</textblock>\n        </biospecimen_description>\n        <timing>Prospective</timing>\n        <number_of_groups>2</number_of_groups>\n        <patient_registry>Yes</patient_registry>\n        <target_duration_quantity>1</target_duration_quantity>\n        <target_duration_units>Years</target_duration_units>\n      </observational_design>',
    );
    expect(result.xml).toContain(
      '<arm_group>\n      <arm_group_label>Cohort A</arm_group_label>\n      <arm_group_description>',
    );
    expect(result.xml).not.toContain('<arm_type>');
    expect(result.xml).toContain(
      '<eligibility>\n      <study_population>\n        <textblock>Clinic patients.</textblock>\n      </study_population>\n      <sampling_method>Non-Probability Sample</sampling_method>',
    );
    expect(result.xml).toContain(
      '<gender>Female</gender>\n      <minimum_age>N/A</minimum_age>\n      <maximum_age>80 Years</maximum_age>',
    );
    // Without upload info, an observational study is not asked the IND/IDE question.
    expect(buildPrsXml(observationalTrial()).missingUploadFields.map((field) => field.element)).toEqual([
      'clinical_study/id_info/org_name',
      'clinical_study/oversight_info/irb_info',
    ]);
    expect(result.notes.map((note) => note.message)).toEqual([
      expect.stringMatching(
        /UNKNOWN is assigned by ClinicalTrials.gov; the upload carries the last status entered \(lastKnownStatus ENROLLING_BY_INVITATION/,
      ),
      expect.stringMatching(/NATURAL_HISTORY is written as "Natural History", a legacy value/),
    ]);
  });

  it('writes an expanded access record with its own status and access types', () => {
    const result = buildPrsXml(expandedAccessTrial(), {
      uploadInfo: { ...FULL_UPLOAD_INFO, indIde: { isIndStudy: false } },
    });
    expectValid(result.xml);
    expect(result.xml).toContain(
      '<expanded_access_status>Temporarily not available</expanded_access_status>',
    );
    expect(result.xml).not.toContain('<overall_status>');
    expect(result.xml).toContain(
      '<study_design>\n      <study_type>Expanded Access</study_type>\n      <no_exp_acc_type>No</no_exp_acc_type>\n      <exp_acc_type_individual>Yes</exp_acc_type_individual>\n      <exp_acc_type_treatment>No</exp_acc_type_treatment>\n    </study_design>',
    );
    expect(result.xml).toContain('<is_ind_study>No</is_ind_study>');
    expect(result.xml).not.toContain('<ind_info>');
    expect(result.notExported).toContainEqual({
      path: '/designModule/phases',
      count: 1,
      reason: 'not uploaded for expanded access records',
    });
  });

  it.each([
    [
      'a phase combination PRS does not offer',
      {
        designModule: {
          studyType: 'INTERVENTIONAL',
          phases: ['PHASE1', 'PHASE3'],
          designInfo: { allocation: 'NA', primaryPurpose: 'OTHER' },
        },
      },
      {
        element: 'clinical_study/study_design/interventional_design/phase',
        requiredBy: 'upload-schema',
        reason: 'no-upload-value',
        pointer: '/designModule/phases',
      },
    ],
    [
      'a status only the registry assigns',
      { statusModule: { overallStatus: 'WITHHELD' } },
      {
        element: 'clinical_study/overall_status',
        requiredBy: 'prs',
        reason: 'no-upload-value',
        pointer: '/statusModule/overallStatus',
      },
    ],
    [
      'an interventional study without design',
      { designModule: { studyType: 'INTERVENTIONAL' } },
      {
        element: 'clinical_study/study_design/interventional_design',
        requiredBy: 'prs',
        reason: 'not-in-trial',
      },
    ],
    [
      'a lead sponsor without a name',
      { sponsorCollaboratorsModule: { leadSponsor: { class: 'OTHER' } } },
      {
        element: 'clinical_study/sponsors/lead_sponsor/agency',
        requiredBy: 'upload-schema',
        reason: 'not-in-trial',
        pointer: '/sponsorCollaboratorsModule/leadSponsor/name',
      },
    ],
    [
      'an outcome without a title',
      { outcomesModule: { secondaryOutcomes: [{ measure: 'A' }, { timeFrame: 'Week 2' }] } },
      {
        element: 'clinical_study/secondary_outcome[2]/outcome_measure',
        requiredBy: 'upload-schema',
        reason: 'not-in-trial',
        pointer: '/outcomesModule/secondaryOutcomes/1/measure',
      },
    ],
    [
      'eligibility without criteria or sex',
      { eligibilityModule: { minimumAge: '18 Years' } },
      {
        element: 'clinical_study/eligibility/gender',
        requiredBy: 'upload-schema',
        reason: 'not-in-trial',
        pointer: '/eligibilityModule/sex',
      },
    ],
    [
      'an IND study without its number',
      { designModule: { studyType: 'INTERVENTIONAL', phases: ['NA'] } },
      {
        element: 'clinical_study/ind_info/ind_number',
        requiredBy: 'upload-schema',
        reason: 'not-in-api-model',
      },
    ],
  ])('reports %s as missing and the XSD agrees', (_name, trial, expected) => {
    const info = _name.startsWith('an IND')
      ? { ...FULL_UPLOAD_INFO, indIde: { isIndStudy: true, grantor: 'CBER' as const } }
      : FULL_UPLOAD_INFO;
    const result = buildPrsXml(
      { identificationModule: { orgStudyIdInfo: { id: 'X' }, briefTitle: 'T' }, ...trial },
      { uploadInfo: info },
    );
    expect(result.missingUploadFields).toContainEqual(expect.objectContaining(expected));
    expectXsdMatchesReport(result.xml, result.missingUploadFields);
  });

  it('invents nothing for an empty trial: it reports what the upload needs', () => {
    const result = buildPrsXml({});
    expect(result.xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<prs:study_collection xmlns:prs="http://clinicaltrials.gov/prs">\n  <clinical_study>\n    <id_info/>\n  </clinical_study>\n</prs:study_collection>\n',
    );
    expect(
      result.missingUploadFields.map((field) => [field.element, field.requiredBy, field.reason]),
    ).toEqual([
      ['clinical_study/id_info/org_name', 'upload-schema', 'not-in-api-model'],
      ['clinical_study/id_info/org_study_id', 'upload-schema', 'not-in-trial'],
      ['clinical_study/is_ind_study', 'prs', 'not-in-api-model'],
      ['clinical_study/brief_title', 'prs', 'not-in-trial'],
      ['clinical_study/oversight_info/irb_info', 'prs', 'not-in-api-model'],
    ]);
    expectXsdMatchesReport(result.xml, result.missingUploadFields);
    expect(result.notExported).toEqual([]);
  });

  it('keeps the CommonMark escapes when asked', () => {
    const trial = { descriptionModule: { briefSummary: 'a \\> b' } };
    expect(buildPrsXml(trial).xml).toContain('<textblock>a &gt; b</textblock>');
    expect(buildPrsXml(trial, { keepMarkupEscapes: true }).xml).toContain(
      '<textblock>a \\&gt; b</textblock>',
    );
  });

  it('refuses a trial with errors, saying where', () => {
    const result = exportTrialPrsXml('statusModule:\n  overallStatus: recruiting\n');
    expect(result.ok).toBe(false);
    expect(result.xml).toBeUndefined();
    expect(result.problems[0]).toMatchObject({
      ruleId: 'schema',
      line: 2,
      pointer: '/statusModule/overallStatus',
    });
  });
});
