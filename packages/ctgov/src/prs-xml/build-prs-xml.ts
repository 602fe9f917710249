import { enumLabel } from '@trialyaml/core';
import type { MissingUploadField, PrsXmlReport } from './report.js';
import { Source, Usage, notExported } from './source.js';
import type { PrsUploadInfo } from './upload-info.js';
import {
  ALLOCATION,
  ARM_TYPE,
  BIOSPEC_RETENTION,
  DATE_TYPE,
  EXPANDED_ACCESS_STATUS,
  INTERVENTION_MODEL,
  INTERVENTION_TYPE,
  IPD_INFO_TYPE_ELEMENTS,
  IPD_SHARING,
  MASKED_ROLE_ELEMENTS,
  MASKING_ROLE_COUNT,
  OBSERVATIONAL_MODEL,
  OFFICIAL_ROLE,
  OTHER_FEDERAL_GRANT,
  OVERALL_STATUS,
  PRIMARY_PURPOSE,
  RESPONSIBLE_PARTY_TYPE,
  SAMPLING_METHOD,
  SECONDARY_ID_TYPE,
  SECONDARY_ID_WITHOUT_DOMAIN,
  SEX,
  SITE_INVESTIGATOR_ROLE,
  SITE_STATUS,
  STUDY_DOCUMENT_TYPES,
  STUDY_TYPE,
  TARGET_DURATION_UNITS,
  TIME_PERSPECTIVE,
  phaseWord,
  yesNo,
  type UploadWord,
} from './vocabulary.js';
import { element, isEmpty, leaf, serializeXml, textBlock, type XmlNode } from './xml.js';

/** The namespace of the upload's root element (its children are unqualified, as the XSD declares). */
export const PRS_NAMESPACE = 'http://clinicaltrials.gov/prs';

export interface PrsXmlOptions {
  /** PRS-only data (organization name, review board, IND/IDE, ...); what is not given is reported missing. */
  uploadInfo?: PrsUploadInfo;
  /** Write markup fields as they are (CommonMark with backslash escapes) instead of PRS plain text. */
  keepMarkupEscapes?: boolean;
}

export interface PrsXmlResult extends PrsXmlReport {
  /** The `study_collection` document with one `clinical_study`. */
  xml: string;
}

const ONLY_INTERVENTIONAL = 'uploaded only for interventional studies';
const ONLY_OBSERVATIONAL = 'uploaded only for observational studies';
const ONLY_EXPANDED_ACCESS = 'uploaded only for expanded access records';
const GIVE_UPLOAD_INFO = 'give it in the upload info (--prs-info)';

/** The state of one export: what is missing, and the upload info. */
class Export {
  readonly missing: MissingUploadField[] = [];
  readonly info: PrsUploadInfo;

  constructor(
    readonly usage: Usage,
    info: PrsUploadInfo | undefined,
  ) {
    this.info = info ?? {};
  }

  need(field: MissingUploadField): void {
    this.missing.push(field);
  }

  note(pointer: string, message: string): void {
    this.usage.note(pointer, message);
  }

  /** The upload word for a code, noting codes the 2018 upload schema does not list. */
  word(
    vocabulary: Readonly<Record<string, UploadWord>>,
    code: string | undefined,
    pointer: string,
  ): string | undefined {
    if (code === undefined) return undefined;
    const found = vocabulary[code];
    if (!found) {
      this.note(pointer, `${code} has no word in the PRS upload vocabulary; left out.`);
      return undefined;
    }
    if (found.remark === 'legacy')
      this.note(
        pointer,
        `${code} is written as "${found.word}", a legacy value PRS no longer offers; choose a current one before uploading.`,
      );
    if (found.remark === 'newer')
      this.note(
        pointer,
        `${code} is written as "${found.word}", which the 2018 upload schema's list does not name; PRS may need a current schema.`,
      );
    return found.word;
  }

  /** A required text: reports it missing (from the trial) when absent. */
  required(
    value: string | undefined,
    element: string,
    label: string,
    pointer: string,
    requiredBy: 'upload-schema' | 'prs' = 'upload-schema',
  ): string | undefined {
    if (value === undefined) {
      this.need({
        element,
        label,
        requiredBy,
        reason: 'not-in-trial',
        pointer,
        detail: `Add ${pointer.split('/').pop() ?? 'it'} to the trial.`,
      });
    }
    return value;
  }
}

function dateType(ex: Export, struct: Source): string | undefined {
  return ex.word(DATE_TYPE, struct.code('type'), struct.at('type'));
}

function idInfo(ex: Export, identification: Source): XmlNode {
  const orgName = ex.info.orgName;
  if (orgName === undefined) {
    ex.need({
      element: 'clinical_study/id_info/org_name',
      label: 'Organization name (PRS account)',
      requiredBy: 'upload-schema',
      reason: 'not-in-api-model',
      detail: `The short organization name used to log in to PRS; the registry API does not show it: ${GIVE_UPLOAD_INFO} as orgName.`,
    });
  }
  const orgStudy = identification.object('orgStudyIdInfo');
  orgStudy.skip(
    'type',
    "the upload has no type for the organization's study ID; list a federal grant number as a secondary ID too",
  );
  const orgStudyId = ex.required(
    orgStudy.text('id'),
    'clinical_study/id_info/org_study_id',
    'Unique Protocol Identification Number',
    orgStudy.at('id'),
  );
  const secondary = identification.list('secondaryIdInfos').map((item, index) => {
    const path = `clinical_study/id_info/secondary_id[${index + 1}]`;
    const id = ex.required(item.text('id'), `${path}/id`, 'Secondary ID', item.at('id'));
    const type = item.code('type');
    let idType: string | undefined;
    let domain: string | undefined;
    if (type !== undefined && OTHER_FEDERAL_GRANT.has(type)) {
      idType = 'Other Grant/Funding Number';
      domain = item.text('domain') ?? enumLabel('SecondaryIdType', type);
      ex.note(
        item.at('type'),
        `the 2018 upload schema has no ${type} grant type; written as "Other Grant/Funding Number" with the grantor "${domain ?? type}".`,
      );
    } else {
      idType = ex.word(SECONDARY_ID_TYPE, type, item.at('type'));
      if (type !== undefined && SECONDARY_ID_WITHOUT_DOMAIN.has(type))
        item.skip('domain', `the upload does not use a description for ${type} IDs`);
      else domain = item.text('domain');
    }
    return element('secondary_id', leaf('id', id), leaf('id_type', idType), leaf('id_domain', domain));
  });
  return element('id_info', leaf('org_name', orgName), leaf('org_study_id', orgStudyId), secondary);
}

function indIde(ex: Export, status: Source, studyType: string | undefined): XmlNode[] {
  const expanded = status.object('expandedAccessInfo');
  const ind = ex.info.indIde;
  if (ind === undefined) {
    if (studyType === undefined || studyType === 'INTERVENTIONAL') {
      ex.need({
        element: 'clinical_study/is_ind_study',
        label: 'U.S. FDA IND/IDE study',
        requiredBy: 'prs',
        reason: 'not-in-api-model',
        detail: `Whether the study is under a U.S. FDA IND or IDE (and its number); the registry API does not show it: ${GIVE_UPLOAD_INFO} as indIde.`,
      });
    }
    const why = 'uploaded inside ind_info, which needs the IND/IDE details (indIde in the upload info)';
    expanded.skip('hasExpandedAccess', why);
    expanded.skip('nctId', why);
    return [];
  }
  const nodes: XmlNode[] = [{ name: 'is_ind_study', text: yesNo(ind.isIndStudy) ?? 'No' }];
  if (!ind.isIndStudy) {
    const why = 'uploaded only for IND/IDE studies (ind_info)';
    expanded.skip('hasExpandedAccess', why);
    expanded.skip('nctId', why);
    return nodes;
  }
  for (const [key, name, label] of [
    ['grantor', 'ind_grantor', 'IND/IDE grantor (CDER, CBER or CDRH)'],
    ['number', 'ind_number', 'IND/IDE number'],
  ] as const) {
    if (ind[key] === undefined) {
      ex.need({
        element: `clinical_study/ind_info/${name}`,
        label,
        requiredBy: 'upload-schema',
        reason: 'not-in-api-model',
        detail: `The study is an IND/IDE study; ${GIVE_UPLOAD_INFO} as indIde.${key}.`,
      });
    }
  }
  nodes.push(
    element(
      'ind_info',
      leaf('ind_grantor', ind.grantor),
      leaf('ind_number', ind.number),
      leaf('ind_serial_number', ind.serialNumber),
      leaf('has_expanded_access', yesNo(expanded.bool('hasExpandedAccess'))),
      leaf('expanded_access_nct_id', expanded.text('nctId')),
    ),
  );
  return nodes;
}

function responsibleParty(ex: Export, party: Source): XmlNode | undefined {
  if (!party.exists) return undefined;
  const type = party.code('type');
  const typeWord = ex.required(
    ex.word(RESPONSIBLE_PARTY_TYPE, type, party.at('type')),
    'clinical_study/sponsors/resp_party/resp_party_type',
    'Responsible Party, by Official Title',
    party.at('type'),
  );
  const investigator = type === 'PRINCIPAL_INVESTIGATOR' || type === 'SPONSOR_INVESTIGATOR';
  let username: string | undefined;
  let title: string | undefined;
  let affiliation: string | undefined;
  if (investigator) {
    username = ex.info.investigatorUsername;
    if (username === undefined) {
      ex.need({
        element: 'clinical_study/sponsors/resp_party/investigator_username',
        label: 'Investigator (PRS user name)',
        requiredBy: 'prs',
        reason: 'not-in-api-model',
        pointer: party.at('investigatorFullName'),
        detail: `PRS names an investigator responsible party by PRS user name, which the registry API does not show: ${GIVE_UPLOAD_INFO} as investigatorUsername.`,
      });
    }
    party.skip(
      'investigatorFullName',
      'the upload names the investigator by PRS user name (investigator_username)',
    );
    title = party.text('investigatorTitle');
    affiliation = party.text('investigatorAffiliation');
  } else {
    const why = 'investigator details are uploaded only when the responsible party is an investigator';
    for (const key of ['investigatorFullName', 'investigatorTitle', 'investigatorAffiliation'])
      party.skip(key, why);
  }
  return element(
    'resp_party',
    leaf('resp_party_type', typeWord),
    leaf('investigator_username', username),
    leaf('investigator_title', title),
    leaf('investigator_affiliation', affiliation),
    leaf('name_title', party.text('oldNameTitle')),
    leaf('organization', party.text('oldOrganization')),
  );
}

function sponsors(ex: Export, module: Source): XmlNode | undefined {
  const lead = module.object('leadSponsor');
  const collaborators = module
    .list('collaborators')
    .map((item, index) =>
      element(
        'collaborator',
        leaf(
          'agency',
          ex.required(
            item.text('name'),
            `clinical_study/sponsors/collaborator[${index + 1}]/agency`,
            'Collaborator',
            item.at('name'),
          ),
        ),
      ),
    );
  const party = responsibleParty(ex, module.object('responsibleParty'));
  if (!lead.exists && !collaborators.length && !party) return undefined;
  const leadName = ex.required(
    lead.text('name'),
    'clinical_study/sponsors/lead_sponsor/agency',
    'Name of the Sponsor',
    lead.at('name'),
  );
  return element(
    'sponsors',
    leadName === undefined ? undefined : element('lead_sponsor', leaf('agency', leadName)),
    collaborators,
    party,
  );
}

function oversightInfo(ex: Export, oversight: Source, status: Source): XmlNode | undefined {
  const board = ex.info.reviewBoard;
  if (board === undefined) {
    ex.need({
      element: 'clinical_study/oversight_info/irb_info',
      label: 'Human Subjects Protection Review Board',
      requiredBy: 'prs',
      reason: 'not-in-api-model',
      detail: `The review board status (Approved, Pending, Exempt, ...) and board details; the registry API does not publish them: ${GIVE_UPLOAD_INFO} as reviewBoard.`,
    });
  }
  const node = element(
    'oversight_info',
    board &&
      element(
        'irb_info',
        leaf('approval_status', board.approvalStatus),
        leaf('approval_number', board.approvalNumber),
        leaf('name', board.name),
        leaf('affiliation', board.affiliation),
        leaf('phone', board.phone),
        leaf('phone_ext', board.phoneExt),
        leaf('email', board.email),
        leaf('full_address', board.fullAddress),
      ),
    leaf('has_dmc', yesNo(oversight.bool('oversightHasDmc'))),
    leaf('fda_regulated_drug', yesNo(oversight.bool('isFdaRegulatedDrug'))),
    leaf('fda_regulated_device', yesNo(oversight.bool('isFdaRegulatedDevice'))),
    leaf('post_prior_to_approval', yesNo(status.bool('delayedPosting'))),
    leaf('exported_from_us', yesNo(oversight.bool('isUsExport'))),
    leaf('ped_postmarket_surv', yesNo(oversight.bool('isPpsd'))),
  );
  return isEmpty(node) ? undefined : node;
}

function statusElements(ex: Export, status: Source): XmlNode[] {
  const code = status.code('overallStatus');
  const pointer = status.at('overallStatus');
  let overall: string | undefined;
  let expandedAccess: string | undefined;
  if (code !== undefined && OVERALL_STATUS[code]) overall = OVERALL_STATUS[code].word;
  else if (code !== undefined && EXPANDED_ACCESS_STATUS[code])
    expandedAccess = EXPANDED_ACCESS_STATUS[code].word;
  else if (code !== undefined) {
    const last = code === 'UNKNOWN' ? status.code('lastKnownStatus') : undefined;
    if (last !== undefined && OVERALL_STATUS[last]) {
      overall = OVERALL_STATUS[last].word;
      ex.note(
        pointer,
        `UNKNOWN is assigned by ClinicalTrials.gov; the upload carries the last status entered (lastKnownStatus ${last}, "${overall}"). Verify it before uploading.`,
      );
    } else {
      ex.need({
        element: 'clinical_study/overall_status',
        label: 'Overall Recruitment Status',
        requiredBy: 'prs',
        reason: 'no-upload-value',
        pointer,
        detail: `${code} is assigned by ClinicalTrials.gov and cannot be uploaded; set the study's current recruitment status.`,
      });
    }
  }
  const start = status.object('startDateStruct');
  const completion = status.object('completionDateStruct');
  const primary = status.object('primaryCompletionDateStruct');
  return [
    leaf('overall_status', overall),
    leaf('why_stopped', status.markup('whyStopped')),
    leaf('expanded_access_status', expandedAccess),
    leaf('verification_date', status.text('statusVerifiedDate')),
    leaf('start_date', start.text('date')),
    leaf('start_date_type', dateType(ex, start)),
    leaf('last_follow_up_date', completion.text('date')),
    leaf('last_follow_up_date_type', dateType(ex, completion)),
    leaf('primary_compl_date', primary.text('date')),
    leaf('primary_compl_date_type', dateType(ex, primary)),
  ].filter((node): node is XmlNode => node !== undefined);
}

function interventionalDesign(ex: Export, design: Source, armCount: number): XmlNode | undefined {
  const info = design.object('designInfo');
  const path = 'clinical_study/study_design/interventional_design';
  if (!info.exists && !design.has('phases')) {
    ex.need({
      element: path,
      label: 'Interventional Study Design',
      requiredBy: 'prs',
      reason: 'not-in-trial',
      pointer: design.at('designInfo'),
      detail:
        'Add designInfo (primaryPurpose, allocation, interventionModel, maskingInfo) and phases to the trial.',
    });
    return undefined;
  }
  for (const key of ['observationalModel', 'timePerspective']) info.skip(key, ONLY_OBSERVATIONAL);
  const purpose = ex.required(
    ex.word(PRIMARY_PURPOSE, info.code('primaryPurpose'), info.at('primaryPurpose')),
    `${path}/interventional_subtype`,
    'Primary Purpose',
    info.at('primaryPurpose'),
  );
  const phases = design.texts('phases', { raw: true });
  let phase: string | undefined;
  if (phases.length) {
    phase = phaseWord(phases.map((item) => item.value));
    if (phase === undefined) {
      ex.need({
        element: `${path}/phase`,
        label: 'Study Phase',
        requiredBy: 'upload-schema',
        reason: 'no-upload-value',
        pointer: design.at('phases'),
        detail: `${phases.map((item) => item.value).join(' + ')} has no upload value; PRS offers one phase, Phase 1/Phase 2 or Phase 2/Phase 3.`,
      });
    }
  } else ex.required(undefined, `${path}/phase`, 'Study Phase', design.at('phases'));
  const allocation = ex.required(
    ex.word(ALLOCATION, info.code('allocation'), info.at('allocation')),
    `${path}/allocation`,
    'Allocation',
    info.at('allocation'),
  );
  const masking = info.object('maskingInfo');
  const level = masking.code('masking');
  const maskingNodes: Array<XmlNode | undefined> = [];
  if (level === 'NONE') {
    maskingNodes.push(leaf('no_masking', 'Yes'));
    masking.skip('whoMasked', 'masking is NONE, so no role is masked in the upload');
  } else if (level !== undefined || masking.has('whoMasked')) {
    const roles = new Set(masking.texts('whoMasked', { raw: true }).map((item) => item.value));
    maskingNodes.push(leaf('no_masking', 'No'));
    for (const [code, name] of MASKED_ROLE_ELEMENTS) maskingNodes.push(leaf(name, yesNo(roles.has(code))));
    const expected = level === undefined ? undefined : MASKING_ROLE_COUNT[level];
    if (expected !== undefined && expected !== roles.size) {
      ex.note(
        masking.at('masking'),
        `PRS derives the masking level from the roles ticked: ${roles.size} role${roles.size === 1 ? '' : 's'} in whoMasked, but the level is ${level}.`,
      );
    }
  }
  return element(
    'interventional_design',
    leaf('interventional_subtype', purpose),
    leaf('phase', phase),
    leaf(
      'assignment',
      ex.word(INTERVENTION_MODEL, info.code('interventionModel'), info.at('interventionModel')),
    ),
    textBlock('model_description', info.markup('interventionModelDescription')),
    leaf('allocation', allocation),
    maskingNodes,
    textBlock('masking_description', masking.markup('maskingDescription')),
    leaf('number_of_arms', armCount > 0 ? String(armCount) : undefined),
  );
}

function targetDuration(ex: Export, design: Source): XmlNode[] {
  if (!design.has('targetDuration')) return [];
  const pointer = design.at('targetDuration');
  const raw = design.code('targetDuration') ?? '';
  const match = /^(\d+) (\w+?)s?$/.exec(raw);
  const units = match ? `${match[2]}s` : '';
  if (!match || !TARGET_DURATION_UNITS.includes(units)) {
    ex.note(
      pointer,
      `"${raw}" has no upload value: PRS takes a whole number of Years, Months, Weeks or Days; left out.`,
    );
    return [];
  }
  return [
    { name: 'target_duration_quantity', text: match[1] ?? '' },
    { name: 'target_duration_units', text: units },
  ];
}

function observationalDesign(ex: Export, design: Source, groupCount: number): XmlNode | undefined {
  const info = design.object('designInfo');
  const bioSpec = design.object('bioSpec');
  const path = 'clinical_study/study_design/observational_design';
  if (!info.exists && !bioSpec.exists && groupCount === 0 && !design.has('patientRegistry')) {
    ex.need({
      element: path,
      label: 'Observational Study Design',
      requiredBy: 'prs',
      reason: 'not-in-trial',
      pointer: design.at('designInfo'),
      detail:
        'Add designInfo (observationalModel, timePerspective), bioSpec and the groups/cohorts (armGroups) to the trial.',
    });
    return undefined;
  }
  for (const key of [
    'allocation',
    'interventionModel',
    'interventionModelDescription',
    'primaryPurpose',
    'maskingInfo',
  ]) {
    info.skip(key, ONLY_INTERVENTIONAL);
  }
  const model = ex.required(
    ex.word(OBSERVATIONAL_MODEL, info.code('observationalModel'), info.at('observationalModel')),
    `${path}/observational_study_design`,
    'Observational Study Model',
    info.at('observationalModel'),
  );
  const retention = ex.required(
    ex.word(BIOSPEC_RETENTION, bioSpec.code('retention'), bioSpec.at('retention')),
    `${path}/biospecimen_retention`,
    'Biospecimen Retention',
    bioSpec.at('retention'),
  );
  const timing = ex.required(
    ex.word(TIME_PERSPECTIVE, info.code('timePerspective'), info.at('timePerspective')),
    `${path}/timing`,
    'Time Perspective',
    info.at('timePerspective'),
  );
  if (groupCount === 0) {
    ex.need({
      element: `${path}/number_of_groups`,
      label: 'Number of Groups/Cohorts',
      requiredBy: 'upload-schema',
      reason: 'not-in-trial',
      pointer: '/armsInterventionsModule/armGroups',
      detail:
        'The number of groups/cohorts is counted from armGroups, and the trial has none; add the groups.',
    });
  }
  return element(
    'observational_design',
    leaf('observational_study_design', model),
    leaf('biospecimen_retention', retention),
    textBlock('biospecimen_description', bioSpec.markup('description')),
    leaf('timing', timing),
    leaf('number_of_groups', groupCount > 0 ? String(groupCount) : undefined),
    leaf('patient_registry', yesNo(design.bool('patientRegistry'))),
    targetDuration(ex, design),
  );
}

function studyDesign(ex: Export, design: Source, armCount: number): XmlNode | undefined {
  if (!design.exists) return undefined;
  const studyType = design.code('studyType');
  const typeWord = ex.word(STUDY_TYPE, studyType, design.at('studyType'));
  const observationalOnly = ['patientRegistry', 'targetDuration', 'bioSpec'];
  if (typeWord === undefined) {
    ex.need({
      element: 'clinical_study/study_design/study_type',
      label: 'Study Type',
      requiredBy: 'prs',
      reason: 'not-in-trial',
      pointer: design.at('studyType'),
      detail: 'Add studyType to the trial; the study design is uploaded under it.',
    });
    for (const key of ['designInfo', 'phases', 'expandedAccessTypes', ...observationalOnly]) {
      design.skip(key, 'the study type decides where it goes, and the trial has none');
    }
    return undefined;
  }
  let specific: XmlNode | undefined;
  const expandedAccessNodes: XmlNode[] = [];
  if (studyType === 'INTERVENTIONAL') {
    specific = interventionalDesign(ex, design, armCount);
    for (const key of observationalOnly) design.skip(key, ONLY_OBSERVATIONAL);
  } else if (studyType === 'OBSERVATIONAL') {
    specific = observationalDesign(ex, design, armCount);
    design.skip('phases', ONLY_INTERVENTIONAL);
  } else {
    for (const key of ['designInfo', 'phases', ...observationalOnly])
      design.skip(key, 'not uploaded for expanded access records');
    const types = design.object('expandedAccessTypes');
    if (types.exists) {
      const individual = types.bool('individual');
      const intermediate = types.bool('intermediate');
      const treatment = types.bool('treatment');
      expandedAccessNodes.push(
        { name: 'no_exp_acc_type', text: yesNo(!(individual || intermediate || treatment)) ?? 'Yes' },
        ...[
          leaf('exp_acc_type_individual', yesNo(individual)),
          leaf('exp_acc_type_intermediate', yesNo(intermediate)),
          leaf('exp_acc_type_treatment', yesNo(treatment)),
        ].filter((node): node is XmlNode => node !== undefined),
      );
    }
  }
  if (studyType !== 'EXPANDED_ACCESS') design.skip('expandedAccessTypes', ONLY_EXPANDED_ACCESS);
  return element('study_design', leaf('study_type', typeWord), specific, expandedAccessNodes);
}

function outcomes(ex: Export, module: Source, key: string, name: string): XmlNode[] {
  return module
    .list(key)
    .map((outcome, index) =>
      element(
        name,
        leaf(
          'outcome_measure',
          ex.required(
            outcome.text('measure'),
            `clinical_study/${name}[${index + 1}]/outcome_measure`,
            'Outcome Measure Title',
            outcome.at('measure'),
          ),
        ),
        leaf('outcome_time_frame', outcome.text('timeFrame')),
        textBlock('outcome_description', outcome.markup('description')),
      ),
    );
}

function armGroups(ex: Export, arms: Source, studyType: string | undefined): XmlNode[] {
  return arms.list('armGroups').map((arm, index) => {
    arm.skip(
      'interventionNames',
      'PRS builds the arm/intervention cross-reference from intervention/arm_group_label',
    );
    if (studyType !== 'INTERVENTIONAL') arm.skip('type', 'arm types are ' + ONLY_INTERVENTIONAL);
    return element(
      'arm_group',
      leaf(
        'arm_group_label',
        ex.required(
          arm.text('label'),
          `clinical_study/arm_group[${index + 1}]/arm_group_label`,
          'Arm Title / Group Label',
          arm.at('label'),
        ),
      ),
      studyType === 'INTERVENTIONAL'
        ? leaf('arm_type', ex.word(ARM_TYPE, arm.code('type'), arm.at('type')))
        : undefined,
      textBlock('arm_group_description', arm.markup('description')),
    );
  });
}

function interventions(ex: Export, arms: Source): XmlNode[] {
  return arms.list('interventions').map((intervention, index) =>
    element(
      'intervention',
      leaf(
        'intervention_type',
        ex.word(INTERVENTION_TYPE, intervention.code('type'), intervention.at('type')),
      ),
      leaf(
        'intervention_name',
        ex.required(
          intervention.text('name'),
          `clinical_study/intervention[${index + 1}]/intervention_name`,
          'Intervention Name',
          intervention.at('name'),
        ),
      ),
      textBlock('intervention_description', intervention.markup('description')),
      intervention.texts('armGroupLabels').map((label) => leaf('arm_group_label', label.value)),
      intervention.texts('otherNames').map((other) => leaf('intervention_other_name', other.value)),
    ),
  );
}

function eligibility(ex: Export, module: Source, studyType: string | undefined): XmlNode | undefined {
  if (!module.exists) return undefined;
  const observational = studyType === 'OBSERVATIONAL';
  if (!observational) {
    module.skip('studyPopulation', ONLY_OBSERVATIONAL);
    module.skip('samplingMethod', ONLY_OBSERVATIONAL);
  }
  const path = 'clinical_study/eligibility';
  return element(
    'eligibility',
    observational ? textBlock('study_population', module.markup('studyPopulation')) : undefined,
    observational
      ? leaf(
          'sampling_method',
          ex.word(SAMPLING_METHOD, module.code('samplingMethod'), module.at('samplingMethod')),
        )
      : undefined,
    textBlock(
      'criteria',
      ex.required(
        module.markup('eligibilityCriteria'),
        `${path}/criteria`,
        'Eligibility Criteria',
        module.at('eligibilityCriteria'),
      ),
    ),
    leaf('healthy_volunteers', yesNo(module.bool('healthyVolunteers'))),
    leaf(
      'gender',
      ex.required(
        ex.word(SEX, module.code('sex'), module.at('sex')),
        `${path}/gender`,
        'Sex/Gender',
        module.at('sex'),
      ),
    ),
    leaf('gender_based', yesNo(module.bool('genderBased'))),
    textBlock('gender_description', module.markup('genderDescription')),
    // The API leaves an age out for "no limit", which the upload writes as N/A.
    leaf('minimum_age', module.text('minimumAge') ?? 'N/A'),
    leaf('maximum_age', module.text('maximumAge') ?? 'N/A'),
  );
}

/** A person: the API gives one name string, written whole to `last_name` (PRS's only required name part). */
function personName(
  ex: Export,
  person: Source,
  path: string,
  label: string,
  required: boolean,
): XmlNode | undefined {
  const name = person.text('name');
  if (required) ex.required(name, `${path}/last_name`, label, person.at('name'));
  return leaf('last_name', name);
}

function contactElements(ex: Export, module: Source): XmlNode[] {
  const nodes: XmlNode[] = [];
  module.list('overallOfficials').forEach((official, index) => {
    const path = `clinical_study/overall_official[${index + 1}]`;
    nodes.push(
      element(
        'overall_official',
        personName(ex, official, path, 'Overall Study Official', true),
        leaf('role', ex.word(OFFICIAL_ROLE, official.code('role'), official.at('role'))),
        leaf('affiliation', official.text('affiliation')),
      ),
    );
  });
  module.list('centralContacts').forEach((contact, index) => {
    const name = index === 0 ? 'overall_contact' : 'overall_contact_backup';
    if (index > 1) {
      contact.skipAll('the upload holds one central contact and one backup');
      return;
    }
    if (contact.peek('role') === 'CONTACT')
      contact.code('role'); // what overall_contact means
    else contact.skip('role', 'central contacts have no role in the upload');
    nodes.push(
      element(
        name,
        personName(ex, contact, `clinical_study/${name}`, 'Central Contact', true),
        leaf('phone', contact.text('phone')),
        leaf('phone_ext', contact.text('phoneExt')),
        leaf('email', contact.text('email')),
      ),
    );
  });
  module.list('locations').forEach((location, index) => nodes.push(locationElement(ex, location, index)));
  return nodes;
}

function locationElement(ex: Export, location: Source, index: number): XmlNode {
  const path = `clinical_study/location[${index + 1}]`;
  const name = ex.required(
    location.text('facility'),
    `${path}/facility/name`,
    'Facility Name',
    location.at('facility'),
  );
  const contacts: XmlNode[] = [];
  const investigators: XmlNode[] = [];
  for (const contact of location.list('contacts')) {
    const role = contact.peek('role');
    if (role === undefined || role === 'CONTACT') {
      contact.code('role'); // what contact means
      if (contacts.length >= 2) {
        contact.skipAll('the upload holds one facility contact and one backup');
        continue;
      }
      contacts.push(
        element(
          contacts.length === 0 ? 'contact' : 'contact_backup',
          leaf('last_name', contact.text('name')),
          leaf('phone', contact.text('phone')),
          leaf('phone_ext', contact.text('phoneExt')),
          leaf('email', contact.text('email')),
        ),
      );
    } else {
      for (const key of ['phone', 'phoneExt', 'email'])
        contact.skip(key, 'site investigators have no phone or email in the upload');
      investigators.push(
        element(
          'investigator',
          leaf('last_name', contact.text('name')),
          leaf('role', ex.word(SITE_INVESTIGATOR_ROLE, contact.code('role'), contact.at('role'))),
        ),
      );
    }
  }
  return element(
    'location',
    element(
      'facility',
      leaf('name', name),
      element(
        'address',
        leaf('city', location.text('city')),
        leaf('state', location.text('state')),
        leaf('country', location.text('country')),
        leaf('zip', location.text('zip')),
      ),
    ),
    leaf('status', ex.word(SITE_STATUS, location.code('status'), location.at('status'))),
    contacts,
    investigators,
  );
}

function ipdSharing(ex: Export, module: Source): XmlNode | undefined {
  if (!module.exists) return undefined;
  const sharing = module.code('ipdSharing');
  const flags: Array<XmlNode | undefined> = [];
  if (sharing === 'YES') {
    const types = new Set(module.texts('infoTypes', { raw: true }).map((item) => item.value));
    for (const [code, name] of IPD_INFO_TYPE_ELEMENTS) flags.push(leaf(name, yesNo(types.has(code))));
  } else module.skip('infoTypes', 'supporting information types are uploaded only when IPD sharing is YES');
  const node = element(
    'ipd_sharing_statement',
    leaf('sharing_ipd', ex.word(IPD_SHARING, sharing, module.at('ipdSharing'))),
    textBlock('ipd_description', module.markup('description')),
    flags,
    textBlock('ipd_time_frame', module.markup('timeFrame')),
    textBlock('ipd_access_criteria', module.markup('accessCriteria')),
    leaf('ipd_url', module.text('url')),
  );
  return isEmpty(node) ? undefined : node;
}

function referenceElements(ex: Export, module: Source): XmlNode[] {
  const nodes: XmlNode[] = [];
  module.list('seeAlsoLinks').forEach((link, index) => {
    const path = `clinical_study/link[${index + 1}]`;
    nodes.push(
      element(
        'link',
        leaf('url', ex.required(link.text('url'), `${path}/url`, 'Link URL', link.at('url'))),
        leaf(
          'description',
          ex.required(link.markup('label'), `${path}/description`, 'Link Description', link.at('label')),
        ),
      ),
    );
  });
  for (const reference of module.list('references')) {
    if (reference.peek('type') === 'DERIVED') {
      reference.skipAll('added by ClinicalTrials.gov from PubMed (type DERIVED); not part of an upload');
      continue;
    }
    const type = reference.code('type');
    nodes.push(
      element(
        'reference',
        leaf('citation', reference.text('citation')),
        leaf('pubmed_id', reference.text('pmid')),
        leaf('is_results_ref', type === undefined ? undefined : yesNo(type === 'RESULT')),
      ),
    );
  }
  module.list('availIpds').forEach((document, index) => {
    const path = `clinical_study/study_document[${index + 1}]`;
    const given = document.text('type');
    let type =
      given === undefined
        ? undefined
        : STUDY_DOCUMENT_TYPES.find((word) => word.toLowerCase() === given.trim().toLowerCase());
    let otherType: string | undefined;
    if (given !== undefined && type === undefined) {
      type = 'Other';
      otherType = given;
      ex.note(
        document.at('type'),
        `"${given}" is not one of PRS's document types; written as Other with this text.`,
      );
    }
    nodes.push(
      element(
        'study_document',
        leaf(
          'study_document_type',
          ex.required(
            type,
            `${path}/study_document_type`,
            'Available IPD/Information Type',
            document.at('type'),
          ),
        ),
        leaf('study_document_other_type', otherType),
        leaf('url', document.text('url')),
        leaf('study_document_identifier', document.text('id')),
        textBlock('study_document_comments', document.markup('comment')),
      ),
    );
  });
  return nodes;
}

/**
 * Writes a trial (a protocolSection, schema-valid) as the registry's protocol upload XML
 * (ProtocolRecordSchema.xsd 2018-05-08): elements in the XSD's order, API codes in the upload vocabulary.
 * Nothing is invented: PRS-only data comes from `uploadInfo` or is reported in `missingUploadFields`; trial
 * data the upload has no place for is listed in `notExported`.
 */
export function buildPrsXml(trial: unknown, options: PrsXmlOptions = {}): PrsXmlResult {
  const usage = new Usage(options.keepMarkupEscapes ?? false);
  const ex = new Export(usage, options.uploadInfo);
  const root = new Source(trial, '', usage);
  const identification = root.object('identificationModule');
  const status = root.object('statusModule');
  const sponsorModule = root.object('sponsorCollaboratorsModule');
  const oversight = root.object('oversightModule');
  const description = root.object('descriptionModule');
  const conditions = root.object('conditionsModule');
  const design = root.object('designModule');
  const arms = root.object('armsInterventionsModule');
  const outcomeModule = root.object('outcomesModule');
  const eligibilityModule = root.object('eligibilityModule');
  const contacts = root.object('contactsLocationsModule');
  const references = root.object('referencesModule');
  const ipd = root.object('ipdSharingStatementModule');

  const studyType = design.has('studyType') ? design.code('studyType') : undefined;
  const armCount = arms.has('armGroups') ? arms.list('armGroups').length : 0;
  const enrollment = design.object('enrollmentInfo');
  const enrollmentCount = enrollment.integer('count');

  const study = element(
    'clinical_study',
    idInfo(ex, identification),
    leaf('delayed_posting', yesNo(oversight.bool('isUnapprovedDevice'))),
    indIde(ex, status, studyType),
    leaf(
      'brief_title',
      ex.required(
        identification.text('briefTitle'),
        'clinical_study/brief_title',
        'Brief Title',
        identification.at('briefTitle'),
        'prs',
      ),
    ),
    leaf('acronym', identification.text('acronym')),
    leaf('official_title', identification.text('officialTitle')),
    sponsors(ex, sponsorModule),
    oversightInfo(ex, oversight, status),
    textBlock('brief_summary', description.markup('briefSummary')),
    textBlock('detailed_description', description.markup('detailedDescription')),
    statusElements(ex, status),
    studyDesign(ex, design, armCount),
    outcomes(ex, outcomeModule, 'primaryOutcomes', 'primary_outcome'),
    outcomes(ex, outcomeModule, 'secondaryOutcomes', 'secondary_outcome'),
    outcomes(ex, outcomeModule, 'otherOutcomes', 'other_outcome'),
    leaf('enrollment', enrollmentCount === undefined ? undefined : String(enrollmentCount)),
    leaf('enrollment_type', ex.word(DATE_TYPE, enrollment.code('type'), enrollment.at('type'))),
    conditions.texts('conditions').map((item) => leaf('condition', item.value)),
    conditions.texts('keywords').map((item) => leaf('keyword', item.value)),
    armGroups(ex, arms, studyType),
    interventions(ex, arms),
    eligibility(ex, eligibilityModule, studyType),
    contactElements(ex, contacts),
    ipdSharing(ex, ipd),
    referenceElements(ex, references),
  );
  const collection: XmlNode = {
    name: 'prs:study_collection',
    attributes: { 'xmlns:prs': PRS_NAMESPACE },
    children: [study],
  };
  return {
    xml: serializeXml(collection),
    missingUploadFields: ex.missing,
    notExported: notExported(trial, usage),
    notes: usage.notes,
  };
}
