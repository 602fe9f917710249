import { defineRule } from '../engine/rule.js';
import { isBlank, missingFieldsAt, wordList } from '../rule-support/presence.js';

const LOCATIONS = '/contactsLocationsModule/locations';

/** The registry's name of the United States ("United States") and the spellings people type for it. */
const UNITED_STATES = /^(united states( of america)?|u\.?s\.?(a\.?)?)$/i;

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
    (trial.contactsLocationsModule?.locations ?? []).forEach((location, index) => {
      const inUs = UNITED_STATES.test(location.country?.trim() ?? '');
      // Nearly every site has its fields: that is settled before any list is made (trials list up to 300 sites).
      const complete =
        !isBlank(location.facility) &&
        !isBlank(location.city) &&
        !isBlank(location.country) &&
        (!inUs || (!isBlank(location.state) && !isBlank(location.zip)));
      if (complete) return;
      const fields = inUs
        ? (['facility', 'city', 'state', 'zip', 'country'] as const)
        : (['facility', 'city', 'country'] as const);
      const missing = fields.filter((field) => isBlank(location[field]));
      const name = isBlank(location.facility)
        ? `contactsLocationsModule.locations[${index}]`
        : `Site "${location.facility}"`;
      const rule = inUs
        ? 'a site in the United States needs facility, city, state, zip and country'
        : "every site needs facility (the organisation's name), city and country";
      report({
        ...missingFieldsAt(trial, `${LOCATIONS}/${index}`, missing),
        message: `${name} has no ${wordList(missing, 'or')}: ${rule}, so add ${wordList(missing)}.`,
      });
    });
  },
);
