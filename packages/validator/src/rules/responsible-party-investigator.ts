import { defineRule } from '../engine/rule.js';
import { hasText, isMissing, wordList } from '../rule-support/presence.js';

const PARTY = '/sponsorCollaboratorsModule/responsibleParty';
const TYPE_POINTER = `${PARTY}/type`;

export default defineRule(
  {
    id: 'responsible-party-investigator',
    defaultSeverity: 'error',
    category: 'required',
    description:
      "Require the investigator's name, official title and affiliation when an investigator is the responsible party",
    registry: 'error',
    source: 'REQ-RP-INVESTIGATOR',
    fixable: false,
  },
  ({ trial, report }) => {
    const party = trial.sponsorCollaboratorsModule?.responsibleParty;
    const type = party?.type;
    if (!party || (type !== 'PRINCIPAL_INVESTIGATOR' && type !== 'SPONSOR_INVESTIGATOR')) return;
    // Records imported from the registry may keep the investigator in the legacy fields: oldNameTitle holds the
    // name with the title, oldOrganization the affiliation.
    const imported = hasText(trial.identificationModule?.nctId);
    const legacyNameTitle = imported && hasText(party.oldNameTitle);
    const legacyOrganization = imported && hasText(party.oldOrganization);
    const missing = [
      isMissing(party.investigatorFullName) &&
        !legacyNameTitle &&
        "investigatorFullName (the investigator's full name)",
      isMissing(party.investigatorTitle) &&
        !legacyNameTitle &&
        'investigatorTitle (their official title, e.g. Professor of Medicine)',
      isMissing(party.investigatorAffiliation) &&
        !legacyOrganization &&
        'investigatorAffiliation (their organization)',
    ].filter((field): field is string => typeof field === 'string');
    if (!missing.length) return;
    const absent = (['investigatorFullName', 'investigatorTitle', 'investigatorAffiliation'] as const)
      .filter((field) => party[field] === undefined && missing.some((text) => text.startsWith(`${field} `)))
      .map((field) => `${PARTY}/${field}`);
    report({
      pointer: TYPE_POINTER,
      ...(absent.length ? { missing: absent } : {}),
      message: `The responsible party is an investigator (${type}): fill in ${wordList(missing)} under sponsorCollaboratorsModule.responsibleParty.`,
    });
  },
);
