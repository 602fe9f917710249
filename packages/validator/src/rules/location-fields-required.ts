import type { Location, Trial } from '@trialyaml/core';
import { defineRule } from '../engine/rule.js';
import { isBlank, missingFieldsAt, wordList } from '../rule-support/presence.js';
import { fieldLabelOf } from '../rule-support/registry-words.js';
import { siteName, siteShortName } from '../rule-support/site-name.js';
import { isDraft } from '../rule-support/status-effective.js';
import { CLOSED_STATUSES, isOneOf } from '../rule-support/status.js';

const LOCATIONS = '/contactsLocationsModule/locations';

/** The registry's name of the United States ("United States") and the spellings people type for it. */
const UNITED_STATES = /^(united states( of america)?|u\.?s\.?(a\.?)?)$/i;

type SiteField = 'facility' | 'city' | 'state' | 'zip' | 'country';

const US_FIELDS: readonly SiteField[] = ['facility', 'city', 'state', 'zip', 'country'];
const OTHER_FIELDS: readonly SiteField[] = ['facility', 'city', 'country'];

/** A site field by its label on the registry's location form (`ZIP/Postal Code`). */
function fieldWords(field: SiteField): string {
  return fieldLabelOf(`${LOCATIONS}/0/${field}`);
}

/** From this many sites lacking the same field on, one finding for the field instead of one per site. */
const SUMMARY_FROM = 3;
/** How many sites a summary names as examples. */
const EXAMPLES = 3;

/**
 * A posted record of a study that is over: the registry accepted its sites as they are, and the public record
 * of a closed study often lacks facility names and ZIP codes. Worth knowing, not worth failing a check for.
 */
function closedPostedRecord(trial: Trial): boolean {
  if (isDraft(trial)) return false;
  const status = trial.statusModule?.overallStatus;
  return status === 'UNKNOWN' || isOneOf(status, CLOSED_STATUSES);
}

export default defineRule(
  {
    id: 'location-fields-required',
    defaultSeverity: 'error',
    category: 'contacts-locations',
    description:
      'Require the facility, city and country of every site, and the state and ZIP code of sites in the United States',
    registry: 'error',
    source: 'REQ-LOCATION-FIELDS',
    fixable: false,
  },
  ({ trial, report }) => {
    const locations = trial.contactsLocationsModule?.locations ?? [];
    // Per site: the fields it lacks. Nearly every site has them all: settled before any list is made.
    const incomplete: Array<{ index: number; location: Location; inUs: boolean; missing: SiteField[] }> = [];
    let usSites = 0;
    locations.forEach((location, index) => {
      const inUs = UNITED_STATES.test(location.country?.trim() ?? '');
      if (inUs) usSites++;
      const complete =
        !isBlank(location.facility) &&
        !isBlank(location.city) &&
        !isBlank(location.country) &&
        (!inUs || (!isBlank(location.state) && !isBlank(location.zip)));
      if (complete) return;
      const missing = (inUs ? US_FIELDS : OTHER_FIELDS).filter((field) => isBlank(location[field]));
      incomplete.push({ index, location, inUs, missing });
    });
    if (!incomplete.length) return;
    const atMost = closedPostedRecord(trial) ? ({ atMost: 'info' } as const) : {};

    // Fields that many sites lack: one finding each, on the list.
    const summarized = new Set<SiteField>();
    for (const field of US_FIELDS) {
      const lacking = incomplete.filter((site) => site.missing.includes(field));
      if (lacking.length < SUMMARY_FROM) continue;
      summarized.add(field);
      const usOnly = field === 'state' || field === 'zip';
      const among = usOnly ? `${usSites} sites in the United States` : `${locations.length} sites`;
      const examples = lacking.slice(0, EXAMPLES).map((site) => siteShortName(site.location, site.index));
      const more = lacking.length - examples.length;
      report({
        pointer: LOCATIONS,
        target: 'key',
        message: `${lacking.length} of ${among} have no ${fieldWords(field)} (${field}), e.g. ${wordList(
          more > 0 ? [...examples, `${more} more`] : examples,
        )}: ${usOnly ? `a site in the United States needs its ${fieldWords('state')} and ${fieldWords('zip')}` : `every site needs its ${fieldWords(field)}`}, so add ${field} to each.`,
        ...atMost,
      });
    }

    // What is left: one finding per site.
    for (const { index, location, inUs, missing } of incomplete) {
      const left = missing.filter((field) => !summarized.has(field));
      if (!left.length) continue;
      const rule = inUs
        ? `a site in the United States needs ${wordList(US_FIELDS.map(fieldWords))}`
        : `every site needs ${wordList(OTHER_FIELDS.map(fieldWords))}`;
      report({
        ...missingFieldsAt(trial, `${LOCATIONS}/${index}`, left),
        message: `${siteName(location, index)} has no ${wordList(left.map(fieldWords), 'or')}: ${rule}, so add ${wordList(left)}.`,
        ...atMost,
      });
    }
  },
);
