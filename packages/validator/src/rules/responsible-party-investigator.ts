import { defineRule } from '../engine/rule.js';
import { hasText, isMissing, wordList } from '../rule-support/presence.js';
import { fieldLabelOf, fieldName, valueName } from '../rule-support/registry-words.js';

const PARTY = '/sponsorCollaboratorsModule/responsibleParty';
const TYPE_POINTER = `${PARTY}/type`;

type InvestigatorField = 'investigatorFullName' | 'investigatorTitle' | 'investigatorAffiliation';

/** What each field asks for beyond its label, after its key. */
const FIELD_HINTS: Readonly<Record<InvestigatorField, string>> = {
  investigatorFullName: '',
  investigatorTitle: ', e.g. Professor of Medicine',
  investigatorAffiliation: '',
};

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
    const missing = (Object.keys(FIELD_HINTS) as InvestigatorField[]).filter(
      (field) =>
        isMissing(party[field]) &&
        !(field === 'investigatorAffiliation' ? legacyOrganization : legacyNameTitle),
    );
    if (!missing.length) return;
    const absent = missing.filter((field) => party[field] === undefined).map((field) => `${PARTY}/${field}`);
    const words = missing.map(
      (field) => `${fieldLabelOf(`${PARTY}/${field}`)} (${field}${FIELD_HINTS[field]})`,
    );
    report({
      pointer: TYPE_POINTER,
      ...(absent.length ? { missing: absent } : {}),
      message: `${fieldName(TYPE_POINTER)} is ${valueName(TYPE_POINTER, type)}: fill in ${wordList(words)} under ${fieldName(PARTY)}.`,
    });
  },
);
