import type { Contact, Trial } from '@trialyaml/core';

/** A contact of the trial; its pointer and path are built when asked for (most contacts have no finding). */
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

  /** `contactsLocationsModule.centralContacts[0]` */
  get path(): string {
    return this.location === -1
      ? `contactsLocationsModule.centralContacts[${this.index}]`
      : `contactsLocationsModule.locations[${this.location}].contacts[${this.index}]`;
  }
}

/** Several rules list the contacts of the same trial: the list is kept with the trial. */
const listed = new WeakMap<Trial, readonly ContactEntry[]>();

/** The central contacts, then each site's contacts. */
export function contactEntries(trial: Trial): readonly ContactEntry[] {
  const known = listed.get(trial);
  if (known) return known;
  const module = trial.contactsLocationsModule;
  const entries: ContactEntry[] = [];
  (module?.centralContacts ?? []).forEach((contact, c) => entries.push(new ContactEntry(contact, -1, c)));
  (module?.locations ?? []).forEach((location, l) =>
    (location.contacts ?? []).forEach((contact, c) => entries.push(new ContactEntry(contact, l, c))),
  );
  listed.set(trial, entries);
  return entries;
}
