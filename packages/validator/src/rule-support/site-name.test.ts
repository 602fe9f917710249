import { describe, expect, it } from 'vitest';
import { siteName, siteShortName } from './site-name.js';

describe('site names', () => {
  it.each([
    [{ facility: ' Mayo Clinic ', city: 'Rochester' }, 'Site "Mayo Clinic"', 'Mayo Clinic'],
    [{ facility: '  ', city: 'Oslo' }, 'The site in Oslo', 'Oslo'],
    [{}, 'Location (contactsLocationsModule.locations[3])', 'locations[3]'],
    [undefined, 'Location (contactsLocationsModule.locations[3])', 'locations[3]'],
  ])('name %j as the author wrote it', (site, name, short) => {
    expect(siteName(site, 3)).toBe(name);
    expect(siteShortName(site, 3)).toBe(short);
  });
});
