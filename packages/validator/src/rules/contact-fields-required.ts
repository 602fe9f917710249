import { defineRule } from '../engine/rule.js';
import { isBlank, missingFieldsAt, wordList } from '../rule-support/presence.js';
import { fieldLabelOf, fieldName } from '../rule-support/registry-words.js';

const MODULE = '/contactsLocationsModule';

/**
 * What a backup contact lacks, as the fields to add by their form labels: "Central Contact Name",
 * "Central Contact Phone or Central Contact Email", "Central Contact Name and Central Contact Phone or ...".
 */
function backupAdditions(contact: string, missing: readonly string[]): string {
  const reach = missing
    .filter((field) => field !== 'name')
    .map((field) => fieldLabelOf(`${contact}/${field}`));
  const parts = [
    ...(missing.includes('name') ? [fieldLabelOf(`${contact}/name`)] : []),
    ...(reach.length ? [wordList(reach, 'or')] : []),
  ];
  return parts.join(' and ');
}

export default defineRule(
  {
    id: 'contact-fields-required',
    defaultSeverity: 'error',
    category: 'contacts-locations',
    description:
      'Require a name, phone and e-mail for the central contact, a name and a phone or e-mail for the backup, and a name for every site contact',
    registry: 'error',
    source: 'REQ-CONTACT-FIELDS',
    fixable: false,
  },
  ({ trial, report }) => {
    const module = trial.contactsLocationsModule;
    (module?.centralContacts ?? []).forEach((contact, index) => {
      const backup = index > 0;
      const missing = (['name', 'phone', 'email'] as const).filter((field) => isBlank(contact[field]));
      // The backup contact is reached by phone or e-mail: the registry posts backups with only one of them
      // (NCT06341426, 2024: an e-mail, no phone).
      const reachable = !isBlank(contact.phone) || !isBlank(contact.email);
      const required = backup && reachable ? missing.filter((field) => field === 'name') : missing;
      if (!required.length) return;
      const at = `${MODULE}/centralContacts/${index}`;
      const name = isBlank(contact.name) ? fieldName(at) : `Central contact "${contact.name}"`;
      const labels = required.map((field) => fieldLabelOf(`${at}/${field}`));
      const needs = backup
        ? 'a backup central contact needs a name and a phone number or an e-mail address'
        : 'a central contact needs a name, a phone number and an e-mail address';
      report({
        ...missingFieldsAt(trial, at, required),
        message: `${name} has no ${wordList(required, 'or')}: ${needs}, so add ${backup ? backupAdditions(at, required) : wordList(labels)}.`,
      });
    });
    (module?.locations ?? []).forEach((location, l) => {
      (location.contacts ?? []).forEach((contact, c) => {
        if (!isBlank(contact.name)) return;
        const pointer = `${MODULE}/locations/${l}/contacts/${c}`;
        const site = isBlank(location.facility)
          ? fieldName(`${MODULE}/locations/${l}`)
          : `site "${location.facility}"`;
        report({
          ...missingFieldsAt(trial, pointer, ['name']),
          message: `A contact at ${site} has no name: give the person's name (or an official title) as the ${fieldLabelOf(`${pointer}/name`)} (name).`,
        });
      });
    });
  },
);
