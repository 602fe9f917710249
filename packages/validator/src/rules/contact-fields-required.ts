import { defineRule } from '../engine/rule.js';
import { isBlank, missingFieldsAt, wordList } from '../rule-support/presence.js';

const MODULE = '/contactsLocationsModule';

export default defineRule(
  {
    id: 'contact-fields-required',
    defaultSeverity: 'error',
    category: 'contacts-locations',
    description:
      'Require a name, phone and e-mail for every central contact and a name for every site contact',
    registry: 'error',
    source: 'REQ-CONTACT-FIELDS',
    fixable: false,
  },
  ({ trial, report }) => {
    const module = trial.contactsLocationsModule;
    (module?.centralContacts ?? []).forEach((contact, index) => {
      const missing = (['name', 'phone', 'email'] as const).filter((field) => isBlank(contact[field]));
      if (!missing.length) return;
      const name = isBlank(contact.name)
        ? `contactsLocationsModule.centralContacts[${index}]`
        : `Central contact "${contact.name}"`;
      report({
        ...missingFieldsAt(trial, `${MODULE}/centralContacts/${index}`, missing),
        message: `${name} has no ${wordList(missing, 'or')}: a central contact needs a name, a phone number and an e-mail address, so add ${wordList(missing)}.`,
      });
    });
    (module?.locations ?? []).forEach((location, l) => {
      (location.contacts ?? []).forEach((contact, c) => {
        if (!isBlank(contact.name)) return;
        const pointer = `${MODULE}/locations/${l}/contacts/${c}`;
        const site = isBlank(location.facility)
          ? `contactsLocationsModule.locations[${l}]`
          : `site "${location.facility}"`;
        report({
          ...missingFieldsAt(trial, pointer, ['name']),
          message: `A contact at ${site} has no name: give the person's name (or an official title) in name.`,
        });
      });
    });
  },
);
