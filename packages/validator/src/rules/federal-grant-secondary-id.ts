import type { SecondaryIdType, Trial } from '@trialyaml/core';
import { defineRule, type RuleReport } from '../engine/rule.js';
import { hasText } from '../rule-support/presence.js';

/** Secondary ID types that hold a U.S. federal grant or contract number. */
const FEDERAL_ID_TYPES: readonly SecondaryIdType[] = ['NIH', 'FDA', 'VA', 'CDC', 'AHRQ', 'SAMHSA'];

const ADVICE =
  'if a U.S. federal grant or contract funds the study, list its complete number in identificationModule.secondaryIdInfos with the agency as type (NIH, FDA, VA, CDC, AHRQ or SAMHSA)';

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
    return {
      pointer: '/identificationModule/orgStudyIdInfo/type',
      message: `The protocol ID is a U.S. ${orgType} grant or contract number: also list the complete number in identificationModule.secondaryIdInfos with type ${orgType}.`,
    };
  }
  const sponsors = trial.sponsorCollaboratorsModule;
  const lead = sponsors?.leadSponsor?.class;
  if (lead === 'NIH' || lead === 'FED') {
    return {
      pointer: '/sponsorCollaboratorsModule/leadSponsor/class',
      message: `The lead sponsor is ${federalWords(lead)}: ${ADVICE}.`,
    };
  }
  const index = (sponsors?.collaborators ?? []).findIndex(
    (collaborator) => collaborator?.class === 'NIH' || collaborator?.class === 'FED',
  );
  const collaborator = sponsors?.collaborators?.[index];
  if (index === -1 || !collaborator?.class) return undefined;
  return {
    pointer: `/sponsorCollaboratorsModule/collaborators/${index}/class`,
    message: `A collaborator${hasText(collaborator.name) ? ` ("${collaborator.name.trim()}")` : ''} is ${federalWords(collaborator.class)}: ${ADVICE}.`,
  };
}

function federalWords(agencyClass: string): string {
  return agencyClass === 'NIH' ? 'the NIH (class NIH)' : 'a U.S. federal agency (class FED)';
}
