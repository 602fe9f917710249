import type { SecondaryIdType, Trial } from '@trialyaml/core';
import { defineRule, type RuleReport } from '../engine/rule.js';
import { hasText } from '../rule-support/presence.js';
import { fieldLabelOf, fieldName, valueName } from '../rule-support/registry-words.js';

/** Secondary ID types that hold a U.S. federal grant or contract number. */
const FEDERAL_ID_TYPES: readonly SecondaryIdType[] = ['NIH', 'FDA', 'VA', 'CDC', 'AHRQ', 'SAMHSA'];

const SECONDARY_IDS = '/identificationModule/secondaryIdInfos';
const SECONDARY_ID_TYPE = `${SECONDARY_IDS}/0/type`;

/** The agencies' ID types all read "U.S. <agency> Grant/Contract": one is shown with its label, the rest as codes. */
const ADVICE = `if a U.S. federal grant or contract funds the study, list its complete number in ${fieldName(
  SECONDARY_IDS,
)} with the agency's ${fieldLabelOf(SECONDARY_ID_TYPE)}, e.g. ${valueName(
  SECONDARY_ID_TYPE,
  'NIH',
)}; the others are FDA, VA, CDC, AHRQ and SAMHSA`;

export default defineRule(
  {
    id: 'federal-grant-secondary-id',
    defaultSeverity: 'info',
    category: 'required',
    description: 'Require the grant number of a U.S. federally funded study as a secondary ID',
    registry: 'note',
    source: 'REQ-SECONDARY-ID-GRANT',
    fixable: false,
  },
  ({ trial, report }) => {
    const identification = trial.identificationModule;
    const listed = (identification?.secondaryIdInfos ?? []).some(
      (info) => typeof info?.type === 'string' && (FEDERAL_ID_TYPES as readonly string[]).includes(info.type),
    );
    if (listed) return;
    const finding = federalHint(trial);
    if (finding) report(finding);
  },
);

/** The first sign of U.S. federal funding: an agency-typed protocol ID, or an NIH or other federal sponsor. */
function federalHint(trial: Trial): RuleReport | undefined {
  const orgType = trial.identificationModule?.orgStudyIdInfo?.type;
  if (typeof orgType === 'string' && (FEDERAL_ID_TYPES as readonly string[]).includes(orgType)) {
    const pointer = '/identificationModule/orgStudyIdInfo/type';
    return {
      pointer,
      message: `${fieldName(pointer)} is ${valueName(pointer, orgType)}: also list the complete number in ${fieldName(SECONDARY_IDS)} with ${fieldLabelOf(SECONDARY_ID_TYPE)} ${valueName(SECONDARY_ID_TYPE, orgType)}.`,
    };
  }
  const sponsors = trial.sponsorCollaboratorsModule;
  const lead = sponsors?.leadSponsor?.class;
  if (lead === 'NIH' || lead === 'FED') {
    const pointer = '/sponsorCollaboratorsModule/leadSponsor/class';
    return { pointer, message: `${fieldName(pointer)} is ${valueName(pointer, lead)}: ${ADVICE}.` };
  }
  const index = (sponsors?.collaborators ?? []).findIndex(
    (collaborator) => collaborator?.class === 'NIH' || collaborator?.class === 'FED',
  );
  const collaborator = sponsors?.collaborators?.[index];
  if (index === -1 || !collaborator?.class) return undefined;
  const pointer = `/sponsorCollaboratorsModule/collaborators/${index}/class`;
  const agency = valueName(pointer, collaborator.class);
  return {
    pointer,
    message: hasText(collaborator.name)
      ? `Collaborator "${collaborator.name.trim()}" has ${fieldLabelOf(pointer)} ${agency}: ${ADVICE}.`
      : `${fieldName(pointer)} is ${agency}: ${ADVICE}.`,
  };
}
