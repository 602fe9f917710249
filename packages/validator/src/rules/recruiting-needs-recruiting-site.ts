import { defineRule } from '../engine/rule.js';
import { siteStatuses } from '../rule-support/status-effective.js';
import { fieldLabelOf, fieldName, valueName } from '../rule-support/registry-words.js';

const OVERALL = '/statusModule/overallStatus';
const LOCATIONS = '/contactsLocationsModule/locations';
/** A site's status: label and value labels are the same for every site. */
const SITE_STATUS = `${LOCATIONS}/0/status`;

export default defineRule(
  {
    id: 'recruiting-needs-recruiting-site',
    defaultSeverity: 'warning',
    category: 'status-dates',
    description: 'Require at least one recruiting site when a study with sites is recruiting',
    registry: 'warning',
    source: 'STA-RECRUITING-HAS-SITE',
    fixable: false,
  },
  ({ trial, report }) => {
    if (trial.statusModule?.overallStatus !== 'RECRUITING') return;
    const locations = trial.contactsLocationsModule?.locations ?? [];
    const sites = siteStatuses(trial);
    // A site without a status may be the recruiting one: only judge when every site has a status.
    if (!locations.length || sites.length !== locations.length) return;
    if (sites.some((site) => site.status === 'RECRUITING')) return;
    const statuses = [...new Set(sites.map((site) => valueName(SITE_STATUS, site.status)))].join(', ');
    report({
      pointer: OVERALL,
      message: `${fieldName(OVERALL)} is ${valueName(OVERALL, 'RECRUITING')}, but no site in ${fieldName(LOCATIONS)} is (their ${fieldLabelOf(SITE_STATUS)}: ${statuses}); set the sites that enroll to ${valueName(SITE_STATUS, 'RECRUITING')}, or correct the ${fieldLabelOf(OVERALL)}.`,
    });
  },
);
