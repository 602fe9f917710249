import type { Contact, Trial } from '@trialyaml/core';

export interface ContactEntry {
  contact: Contact;
  /** `/contactsLocationsModule/centralContacts/0` or `/contactsLocationsModule/locations/2/contacts/0` */
  pointer: string;
  /** `contactsLocationsModule.centralContacts[0]` */
  path: string;
}

/** The central contacts, then each site's contacts. */
export function contactEntries(trial: Trial): ContactEntry[] {
  const module = trial.contactsLocationsModule;
  const central = (module?.centralContacts ?? []).map((contact, c) => ({
    contact,
    pointer: `/contactsLocationsModule/centralContacts/${c}`,
    path: `contactsLocationsModule.centralContacts[${c}]`,
  }));
  const sites = (module?.locations ?? []).flatMap((location, l) =>
    (location.contacts ?? []).map((contact, c) => ({
      contact,
      pointer: `/contactsLocationsModule/locations/${l}/contacts/${c}`,
      path: `contactsLocationsModule.locations[${l}].contacts[${c}]`,
    })),
  );
  return [...central, ...sites];
}
