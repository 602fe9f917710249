import type { Contact, Trial } from '@trialyaml/core';
import { perTrial } from './per-trial.js';

/** A contact of the trial; its pointer is built when asked for (most contacts have no finding). */
export class ContactEntry {
  constructor(
    readonly contact: Contact,
    /** The location's index, or -1 for a central contact. */
    private readonly location: number,
    private readonly index: number,
  ) {}

  /** `/contactsLocationsModule/centralContacts/0` or `/contactsLocationsModule/locations/2/contacts/0` */
  get pointer(): string {
    return this.location === -1
      ? `/contactsLocationsModule/centralContacts/${this.index}`
      : `/contactsLocationsModule/locations/${this.location}/contacts/${this.index}`;
  }
}

/** The central contacts, then each site's contacts (several rules ask for them: the last list is kept). */
export const contactEntries = perTrial((trial: Trial): readonly ContactEntry[] => {
  const module = trial.contactsLocationsModule;
  const entries: ContactEntry[] = [];
  (module?.centralContacts ?? []).forEach((contact, c) => entries.push(new ContactEntry(contact, -1, c)));
  (module?.locations ?? []).forEach((location, l) =>
    (location.contacts ?? []).forEach((contact, c) => entries.push(new ContactEntry(contact, l, c))),
  );
  return entries;
});
