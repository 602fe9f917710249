import type { Trial } from '@trialyaml/core';
import type { Severity } from '../findings.js';
import type { FixOperation } from '../fixes/fix-operation.js';

/** What the registry does with a record that breaks the rule (ctgov-model.md §6). */
export type RegistryLevel = 'error' | 'warning' | 'note' | 'review-major' | 'review-advisory' | 'tool';

/** Families of rules, for documentation and for `trialyaml rules`. */
export type RuleCategory =
  | 'required'
  | 'status-dates'
  | 'design'
  | 'arms-interventions'
  | 'outcomes'
  | 'eligibility'
  | 'contacts-locations'
  | 'text'
  | 'deadlines'
  | 'suppressions';

export interface RuleMeta {
  /** Kebab-case, stable, equal to the rule's file name. */
  id: string;
  defaultSeverity: Severity;
  category: RuleCategory;
  /** One line starting with Require, Disallow or Enforce, no final period. */
  description: string;
  /** How the registry treats it: sets the severity in the `strict` preset. */
  registry: RegistryLevel;
  /** Where the rule comes from: the id of the registration rule(s) in ctgov-model.md §6, or "TrialYAML". */
  source: string;
  /** Whether the rule offers fixes. */
  fixable: boolean;
  /**
   * The registry enforces the rule only for studies starting on or after this date (yyyy-MM-dd): for older
   * records the finding is downgraded to info, so imported legacy records do not drown in errors.
   */
  since?: string;
  /**
   * The opt-in preset that turns the rule on: off in `recommended` and `strict`, at `defaultSeverity` in this one
   * (the US deadline rules, on in `us-fdaaa`).
   */
  preset?: OptInPreset;
}

/** Presets that add rules to `recommended` rather than grading every rule. */
export type OptInPreset = 'us-fdaaa';

/** A finding as a rule reports it: a place in the data, never a text offset. */
export interface RuleReport {
  pointer: string;
  message: string;
  /** Point at the key instead of the value (missing or misplaced keys). */
  target?: 'value' | 'key';
  /**
   * The JSON pointers of what the finding says is missing (absent keys, from the trial's root): the engine places
   * the finding where they would go (engine/missing-placement.ts) and editors offer to add them.
   */
  missing?: readonly string[];
  /** Safe edits that make the finding go away. */
  fix?: FixOperation[];
  /** Edits offered to a person but not applied by --fix (guesses). */
  suggestions?: Array<{ title: string; fix: FixOperation[] }>;
  /**
   * The highest severity this finding may have, whatever the rule's setting: for a finding that matters less on
   * this record (e.g. a posted record that the registry already accepted as it is). Never raises a severity.
   */
  atMost?: Severity;
  /**
   * This report says better what the schema's pattern finding on the same value says (a rule that reads the
   * value, such as a date written another way): it replaces that finding instead of being dropped for it.
   */
  supersedesSchemaPattern?: boolean;
}

/** What a rule sees. */
export interface RuleContext {
  /** The trial data; shape-checked by the schema but possibly partial (a draft). */
  trial: Trial;
  /** The day date rules treat as today (yyyy-MM-dd). */
  asOf: string;
  report: (report: RuleReport) => void;
}

export interface Rule {
  meta: RuleMeta & { docsUrl: string };
  check(context: RuleContext): void;
}

/** The docs page of a rule, derived from its id. */
export function ruleDocsUrl(id: string): string {
  return `https://github.com/trialyaml/trialyaml/blob/main/docs/rules/${id}.md`;
}

/** Declares a rule; the docs URL follows from the id. */
export function defineRule(meta: RuleMeta, check: (context: RuleContext) => void): Rule {
  return { meta: { ...meta, docsUrl: ruleDocsUrl(meta.id) }, check };
}
