import type { RecruitmentStatus } from '@trialyaml/core';
import { defineRule } from '../engine/rule.js';
import { isBlank } from '../rule-support/presence.js';
import { fieldLabelOf, fieldName, valueName } from '../rule-support/registry-words.js';
import { isExpandedAccess } from '../rule-support/study-type.js';
import { isOneOf } from '../rule-support/status.js';

const LOCATIONS = '/contactsLocationsModule/locations';
const CENTRAL = '/contactsLocationsModule/centralContacts';

/** Sites that take (or will take) participants, so need someone to contact when there is no central contact. */
const OPEN_SITE_STATUSES: readonly RecruitmentStatus[] = ['NOT_YET_RECRUITING', 'RECRUITING'];

export default defineRule(
  {
    id: 'contact-required-while-recruiting',
    defaultSeverity: 'error',
    category: 'contacts-locations',
    description:
      'Require a central contact, or a contact at every open site, while a study is recruiting or about to',
    registry: 'error',
    source: 'REQ-CONTACT-OPEN',
    fixable: false,
  },
  ({ trial, report }) => {
    const status = trial.statusModule?.overallStatus;
    if ((status !== 'NOT_YET_RECRUITING' && status !== 'RECRUITING') || isExpandedAccess(trial)) return;
    const module = trial.contactsLocationsModule;
    if (module?.centralContacts?.length) return;
    const locations = module?.locations ?? [];
    if (!locations.some((location) => location.contacts?.length)) {
      report({
        pointer: '/statusModule/overallStatus',
        ...(module?.centralContacts === undefined
          ? { missing: ['/contactsLocationsModule/centralContacts'] }
          : {}),
        message: `The study is ${valueName('/statusModule/overallStatus', status)}, but nobody is named to contact about it: add a ${fieldName(CENTRAL)} with name, phone and email, or a ${fieldLabelOf(`${LOCATIONS}/0/contacts`)} at every site (locations[].contacts).`,
      });
      return;
    }
    locations.forEach((location, index) => {
      if (location.contacts?.length) return;
      // A site that has closed (or never opened) takes no participants: it needs no contact.
      if (location.status !== undefined && !isOneOf(location.status, OPEN_SITE_STATUSES)) return;
      const name = isBlank(location.facility)
        ? fieldName(`${LOCATIONS}/${index}`)
        : `Site "${location.facility}"`;
      report({
        pointer: `${LOCATIONS}/${index}`,
        ...(location.contacts === undefined ? { missing: [`${LOCATIONS}/${index}/contacts`] } : {}),
        message: `${name} has no contact and the study has no central contact: add the site's ${fieldLabelOf(`${LOCATIONS}/${index}/contacts`)} in contacts, or add a ${fieldName(CENTRAL)}.`,
      });
    });
  },
);
