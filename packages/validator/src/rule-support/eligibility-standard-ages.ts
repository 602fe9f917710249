import type { StandardAge } from '@trialyaml/core';
import { ageInDays } from './age.js';

const YEAR = 365.25;

/**
 * The registry's standard age groups that an age range overlaps (Child: birth to 17 years, Adult: 18 to 64,
 * Older Adult: 65 and over), in the registry's order. A missing age is no limit; undefined when an age that is
 * given cannot be read (the schema reports it).
 */
export function standardAgesFor(
  minimumAge: string | undefined,
  maximumAge: string | undefined,
): StandardAge[] | undefined {
  const min = minimumAge === undefined ? 0 : ageInDays(minimumAge);
  const max = maximumAge === undefined ? Number.POSITIVE_INFINITY : ageInDays(maximumAge);
  if (min === undefined || max === undefined) return undefined;
  // A maximum of "17 Years" means up to the 18th birthday, so compare whole years reached.
  const years = (days: number): number => Math.floor(days / YEAR + 1e-9);
  const groups: StandardAge[] = [];
  if (years(min) < 18) groups.push('CHILD');
  if (years(min) < 65 && years(max) >= 18) groups.push('ADULT');
  if (years(max) >= 65) groups.push('OLDER_ADULT');
  return groups;
}
