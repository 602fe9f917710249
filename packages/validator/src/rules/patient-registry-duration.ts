import { defineRule } from '../engine/rule.js';
import { mayBeObservational } from '../rule-support/study-type.js';
import { fieldName } from '../rule-support/registry-words.js';

const REGISTRY = '/designModule/patientRegistry';
const DURATION = '/designModule/targetDuration';

/** A duration the schema accepts (NormalizedTime) in a unit the registry does not offer for follow-up. */
const SHORT_UNIT = /^(\d+) (Hour|Hours|Minute|Minutes)$/;

export default defineRule(
  {
    id: 'patient-registry-duration',
    defaultSeverity: 'error',
    category: 'design',
    description:
      'Require a target follow-up duration in days, weeks, months or years exactly when the study is a patient registry',
    registry: 'error',
    source: 'DES-REGISTRY-DURATION',
    fixable: false,
  },
  ({ trial, report }) => {
    // In an interventional record both fields are observational-only-fields' finding.
    if (!mayBeObservational(trial)) return;
    const design = trial.designModule;
    const duration = design?.targetDuration;
    const given = duration !== undefined && duration.trim() !== '';
    if (design?.patientRegistry === true && !given) {
      report({
        pointer: REGISTRY,
        message: `${fieldName(REGISTRY)} is true: give the follow-up duration in ${fieldName(DURATION)}, e.g. "12 Months".`,
      });
      return;
    }
    if (!given) return;
    const pointer = DURATION;
    if (design?.patientRegistry !== true) {
      report({
        pointer,
        target: 'key',
        message: `${fieldName(DURATION)} applies to patient registries only: remove it, or set ${fieldName(REGISTRY)} to true if the study is a registry.`,
      });
      return;
    }
    // Other malformed values are the schema's finding.
    const match = SHORT_UNIT.exec(duration.trim());
    if (!match) return;
    const days = Math.max(1, Math.ceil(Number(match[1]) / (match[2]?.startsWith('Hour') ? 24 : 1440)));
    const inDays = `${days} ${days === 1 ? 'Day' : 'Days'}`;
    report({
      pointer,
      message: `${fieldName(DURATION)} "${duration}" is in a unit the registry does not offer for follow-up: give it in Days, Weeks, Months or Years, e.g. "${inDays}".`,
      suggestions: [{ title: `Change to "${inDays}"`, fix: [{ op: 'replace', pointer, value: inDays }] }],
    });
  },
);
