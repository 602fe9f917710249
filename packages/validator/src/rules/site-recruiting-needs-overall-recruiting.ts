import { defineRule } from '../engine/rule.js';
import { siteName } from '../rule-support/site-name.js';
import { siteStatuses } from '../rule-support/status-effective.js';
import { fieldLabelOf, fieldName, valueName } from '../rule-support/registry-words.js';

const OVERALL = '/statusModule/overallStatus';

export default defineRule(
  {
    id: 'site-recruiting-needs-overall-recruiting',
    defaultSeverity: 'error',
    category: 'status-dates',
    description: 'Require the overall status RECRUITING when a site is recruiting',
    registry: 'error',
    source: 'STA-SITE-RECRUITING',
    fixable: false,
  },
  ({ trial, report }) => {
    const status = trial.statusModule?.overallStatus;
    // UNKNOWN is assigned by the registry to records whose site statuses were never updated.
    if (!status || status === 'UNKNOWN' || status === 'RECRUITING') return;
    const recruiting = siteStatuses(trial).filter((site) => site.status === 'RECRUITING');
    const first = recruiting[0];
    if (!first) return;
    const sites =
      recruiting.length === 1
        ? `${siteName(first, first.index)} is`
        : `${recruiting.length} sites (first: ${siteName(first, first.index)}) are`;
    const recruitingWords = valueName(OVERALL, 'RECRUITING');
    report({
      pointer: OVERALL,
      message: `${sites} ${recruitingWords}, so ${fieldName(OVERALL)} must be ${recruitingWords}, not ${valueName(OVERALL, status)}; change the ${fieldLabelOf(OVERALL)}, or update the ${fieldLabelOf('/contactsLocationsModule/locations/0/status')} (contactsLocationsModule.locations[].status) of the sites.`,
    });
  },
);
