import { defineRule } from '../engine/rule.js';
import { siteName, siteStatuses } from '../rule-support/status-effective.js';

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
        ? `Site ${siteName(first)} is`
        : `${recruiting.length} sites (first ${siteName(first)}) are`;
    report({
      pointer: '/statusModule/overallStatus',
      message: `${sites} RECRUITING, so statusModule.overallStatus must be RECRUITING, not ${status}; change the overall status, or update contactsLocationsModule.locations[].status of the sites.`,
    });
  },
);
