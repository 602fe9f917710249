import type { DesignMasking, Trial, WhoMasked } from '@trialyaml/core';
import { defineRule, type RuleReport } from '../engine/rule.js';
import { wordList } from '../rule-support/presence.js';
import { fieldName, valueName } from '../rule-support/registry-words.js';
import { isDraft } from '../rule-support/status-effective.js';
import { mayBeInterventional } from '../rule-support/study-type.js';

/** The level for 0, 1, 2, 3 and 4 masked roles. */
const LEVELS: readonly DesignMasking[] = ['NONE', 'SINGLE', 'DOUBLE', 'TRIPLE', 'QUADRUPLE'];
const ROLES: readonly WhoMasked[] = ['PARTICIPANT', 'CARE_PROVIDER', 'INVESTIGATOR', 'OUTCOMES_ASSESSOR'];
const MASKING = '/designModule/designInfo/maskingInfo';
const LEVEL = `${MASKING}/masking`;
const WHO = `${MASKING}/whoMasked`;
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

/** Masked roles as the registry shows them: `Participant (PARTICIPANT)`. */
function roleNames(list: readonly WhoMasked[], conjunction: 'and' | 'or' = 'and'): string {
  return wordList(
    list.map((role) => valueName(WHO, role)),
    conjunction,
  );
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
        pointer: WHO,
        target: 'key',
        message: `${fieldName(WHO)} lists ${roles(distinct.length)} but ${fieldName(LEVEL)} is missing: set it to ${valueName(LEVEL, derived)}.`,
        ...(repeated ? {} : { fix: [{ op: 'add-key', pointer: MASKING, key: 'masking', value: derived }] }),
      });
      return;
    }
    const expected = LEVELS.indexOf(level);
    if (expected === -1 || expected === distinct.length) return;

    const pointer = LEVEL;
    if (!distinct.length) {
      report({
        pointer,
        ...(legacyPostedLevel(trial) ? { atMost: 'info' as const } : {}),
        message: `${fieldName(LEVEL)} is ${valueName(LEVEL, level)} but ${fieldName(WHO)} lists nobody: list the ${expected === 1 ? 'masked role' : `${expected} masked roles`} in whoMasked (${roleNames(ROLES, 'or')}).`,
      });
      return;
    }
    const change: RuleReport['fix'] = [{ op: 'replace', pointer, value: derived }];
    const twice = repeated
      ? `, with ${listed.filter((role, index) => listed.indexOf(role) !== index).join(', ')} listed more than once`
      : '';
    const message =
      level === 'NONE'
        ? `${fieldName(LEVEL)} is ${valueName(LEVEL, level)} but ${fieldName(WHO)} lists ${roleNames(distinct)}${twice}: the level is the number of masked roles, so set it to ${valueName(LEVEL, derived)}, or remove whoMasked if nobody is masked.`
        : `${fieldName(LEVEL)} is ${valueName(LEVEL, level)}, ${roles(expected)}, but ${fieldName(WHO)} lists ${roles(distinct.length)}, ${roleNames(distinct)}${twice}: the level is the number of masked roles, so set it to ${valueName(LEVEL, derived)}.`;
    report({
      pointer,
      message,
      // A repeated role may stand for a role that was meant and mistyped: offer the level, do not apply it.
      ...(repeated ? { suggestions: [{ title: `Change to ${derived}`, fix: change }] } : { fix: change }),
    });
  },
);
