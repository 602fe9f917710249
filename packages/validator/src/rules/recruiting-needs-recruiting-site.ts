import { defineRule } from '../engine/rule.js';
import { siteStatuses } from '../rule-support/status-effective.js';

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
    const statuses = [...new Set(sites.map((site) => site.status))].join(', ');
    report({
      pointer: '/statusModule/overallStatus',
      message: `statusModule.overallStatus is RECRUITING, but no site in contactsLocationsModule.locations is (their statuses: ${statuses}); set the sites that enroll to RECRUITING, or correct the overall status.`,
    });
  },
);
