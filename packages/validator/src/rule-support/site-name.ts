import { fieldName } from './registry-words.js';

const LOCATIONS = '/contactsLocationsModule/locations';

/** What a message needs of a site to name it. */
export interface NamedSite {
  facility?: string | undefined;
  city?: string | undefined;
}

/**
 * A site as a message names it, by what the author wrote: `Site "Mayo Clinic"`, else `The site in Rochester`, else
 * by its place in the file (`Locations (contactsLocationsModule.locations[3])`).
 */
export function siteName(site: NamedSite | undefined, index: number): string {
  const facility = site?.facility?.trim();
  if (facility) return `Site "${facility}"`;
  const city = site?.city?.trim();
  if (city) return `The site in ${city}`;
  return fieldName(`${LOCATIONS}/${index}`);
}

/** A site as one example among several in a summary: its facility, else its city, else its place. */
export function siteShortName(site: NamedSite | undefined, index: number): string {
  return site?.facility?.trim() || site?.city?.trim() || `locations[${index}]`;
}
