import type { DesignMasking, Trial, WhoMasked } from '@trialyaml/core';
import { defineRule, type RuleReport } from '../engine/rule.js';
import { wordList } from '../rule-support/arms-paths.js';
import { isDraft } from '../rule-support/status-effective.js';
import { mayBeInterventional } from '../rule-support/study-type.js';

/** The level for 0, 1, 2, 3 and 4 masked roles. */
const LEVELS: readonly DesignMasking[] = ['NONE', 'SINGLE', 'DOUBLE', 'TRIPLE', 'QUADRUPLE'];
const ROLES: readonly WhoMasked[] = ['PARTICIPANT', 'CARE_PROVIDER', 'INVESTIGATOR', 'OUTCOMES_ASSESSOR'];
const MASKING = '/designModule/designInfo/maskingInfo';
/** The 2017 final rule (42 CFR 11) made the masked roles part of every registration. */
const ROLES_REQUIRED_FROM = '2017-01-18';

/**
 * A posted record of a study that started before the masked roles were asked for: the registry accepted the level
 * alone ("Double Blind") and keeps showing it so (NCT00517179, 2006).
 */
function legacyPostedLevel(trial: Trial): boolean {
  const start = trial.statusModule?.startDateStruct?.date;
  return !isDraft(trial) && typeof start === 'string' && start < ROLES_REQUIRED_FROM;
}

function roles(count: number): string {
  return count === 1 ? '1 role' : `${count} roles`;
}

export default defineRule(
  {
    id: 'masking-level-matches-roles',
    defaultSeverity: 'error',
    category: 'design',
    description: 'Require the masking level to equal the number of masked roles in whoMasked',
    registry: 'tool',
    source: 'DES-MASKING-COUNT, DES-MASKING-NONE',
    fixable: true,
  },
  ({ trial, report }) => {
    if (!mayBeInterventional(trial)) return;
    const info = trial.designModule?.designInfo?.maskingInfo;
    if (!info) return;
    const listed = info.whoMasked ?? [];
    // Unknown role codes are the schema's finding; the count would be a guess.
    if (!listed.every((role) => ROLES.includes(role))) return;
    const distinct = [...new Set(listed)];
    const repeated = distinct.length !== listed.length;
    const derived = LEVELS[distinct.length] as DesignMasking;
    const level = info.masking;

    if (level === undefined) {
      if (!distinct.length) return;
      report({
        pointer: `${MASKING}/whoMasked`,
        target: 'key',
        message: `maskingInfo.whoMasked lists ${roles(distinct.length)} but maskingInfo.masking is missing: add masking: ${derived}.`,
        ...(repeated ? {} : { fix: [{ op: 'add-key', pointer: MASKING, key: 'masking', value: derived }] }),
      });
      return;
    }
    const expected = LEVELS.indexOf(level);
    if (expected === -1 || expected === distinct.length) return;

    const pointer = `${MASKING}/masking`;
    if (!distinct.length) {
      report({
        pointer,
        ...(legacyPostedLevel(trial) ? { atMost: 'info' as const } : {}),
        message: `designModule.designInfo.maskingInfo.masking is ${level} but whoMasked lists nobody: list the ${expected === 1 ? 'masked role' : `${expected} masked roles`} in maskingInfo.whoMasked (${wordList(ROLES, 'or')}).`,
      });
      return;
    }
    const change: RuleReport['fix'] = [{ op: 'replace', pointer, value: derived }];
    const twice = repeated
      ? ` (${listed.filter((role, index) => listed.indexOf(role) !== index).join(', ')} more than once)`
      : '';
    const message =
      level === 'NONE'
        ? `designModule.designInfo.maskingInfo.masking is NONE (open label) but whoMasked lists ${wordList(distinct)}${twice}: the level is the number of masked roles, so set it to ${derived}, or remove whoMasked if nobody is masked.`
        : `designModule.designInfo.maskingInfo.masking is ${level} (${roles(expected)}) but whoMasked lists ${roles(distinct.length)}, ${wordList(distinct)}${twice}: the level is the number of masked roles, so set it to ${derived}.`;
    report({
      pointer,
      message,
      // A repeated role may stand for a role that was meant and mistyped: offer the level, do not apply it.
      ...(repeated ? { suggestions: [{ title: `Change to ${derived}`, fix: change }] } : { fix: change }),
    });
  },
);
