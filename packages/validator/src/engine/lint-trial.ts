import {
  parentPointer,
  startedSections,
  loadTrial,
  validateTrialSchema,
  type LoadedTrial,
  type LoadTrialOptions,
  type SchemaFinding,
  type Trial,
} from '@trialyaml/core';
import type { FixOperation } from '../fixes/fix-operation.js';
import { forgetTrials } from '../rule-support/per-trial.js';
import { detachFinding } from './detached-finding.js';
import { findingRange } from './missing-placement.js';
import { toFileReport, type FileReport, type Finding, type Severity } from '../findings.js';
import { parseDirectives, type Directive } from '../suppressions/directives.js';
import type { Rule, RuleContext, RuleReport } from './rule.js';
import { sharedPresetSettings, type RuleSettings } from './severity-config.js';
import { SuppressionIndex } from './suppression-index.js';
import { typeSafeData } from './type-safe-data.js';

export interface LintOptions extends Pick<LoadTrialOptions, 'maxBytes' | 'totalBytes'> {
  filePath?: string;
  /** The day date rules treat as today, yyyy-MM-dd. Default: today (UTC). */
  asOf?: string;
  /** The rules that exist. Default: none (schema and syntax only). */
  rules?: readonly Rule[];
  /** The level of each rule; rules not listed are off. Default: the recommended preset of `rules`. */
  settings?: RuleSettings;
}

/** What linting a file's content gives: its report, and the trial as read (for fixes and editors). */
export interface LintedTrial {
  report: FileReport;
  trial: LoadedTrial;
}

export const SUPPRESSION_REASON_RULE = 'suppression-reason-required';
export const UNUSED_SUPPRESSION_RULE = 'no-unused-suppression';

/** Today as yyyy-MM-dd in UTC. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function startsBefore(trial: Trial, date: string): boolean {
  const start = trial.statusModule?.startDateStruct?.date;
  return typeof start === 'string' && start < date;
}

/**
 * Lints one trial file's content: reading problems, schema findings, then the enabled rules, then inline
 * suppressions. Never throws: a rule that fails becomes an error message naming the rule.
 */
export function lintTrial(content: string | Uint8Array, options: LintOptions = {}): LintedTrial {
  const steps = lintTrialSteps(content, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link lintTrial} in steps, for a caller that must stay responsive (the language server): the generator pauses
 * after the read and before each rule, and returns the same outcome as `lintTrial`. A caller
 * that gives up calls `return()` (the rules' per-trial memos are let go then too). `read`, when given, is the
 * trial already read from this same content (`loadTrial(content)`), so it is not read twice.
 */
export function* lintTrialSteps(
  content: string | Uint8Array,
  options: LintOptions = {},
  read?: LoadedTrial,
): Generator<void, LintedTrial, void> {
  const filePath = options.filePath ?? '<text>';
  const trial =
    read ??
    loadTrial(content, {
      filename: filePath,
      maxBytes: options.maxBytes,
      totalBytes: options.totalBytes,
    });
  // A literal, not `problems.map()`: V8's optimized code for adding to it then fits every file's list.
  const findings: Finding[] = [];
  for (const problem of trial.problems)
    findings.push({
      ruleId: 'syntax',
      severity: problem.severity,
      message: problem.message,
      pointer: null,
      ...pick(problem.range),
    });
  if (!trial.ok) return finish(filePath, findings, trial);
  yield;

  const schemaFindings = validateTrialSchema(trial.data);
  const schemaReported: SchemaReported = {
    pointers: new Set<string>(),
    parentsOfRemoved: new Set<string>(),
    patterns: new Set<string>(),
  };
  for (const finding of schemaFindings) {
    schemaReported.pointers.add(finding.pointer);
    if (finding.keyword === 'pattern') schemaReported.patterns.add(finding.pointer);
    if (finding.keyword === 'type') schemaReported.parentsOfRemoved.add(parentPointer(finding.pointer));
    findings.push(schemaFinding(trial, finding));
  }

  const rules = options.rules ?? [];
  const settings = options.settings ?? sharedPresetSettings('recommended', rules);
  const data = typeSafeData(trial.data, schemaFindings);
  try {
    yield* runRules(
      rules,
      settings,
      { trial: data, asOf: options.asOf ?? today() },
      trial,
      schemaReported,
      findings,
    );
  } finally {
    // The rules' shared lists of this trial (see perTrial) would keep its data alive until the next file.
    forgetTrials();
  }
  return finish(filePath, applySuppressions(findings, parseDirectives(trial.text), settings), trial);
}

/**
 * What the schema reported: values it rejected, and the parents of values removed for their type (a rule would
 * call such a key missing and point at its parent). One problem, one message: rules' reports there are dropped.
 */
interface SchemaReported {
  pointers: Set<string>;
  parentsOfRemoved: Set<string>;
  /** Values the schema rejected for their pattern, whose finding a rule may replace (supersedesSchemaPattern). */
  patterns: Set<string>;
}

function schemaFinding(trial: LoadedTrial, finding: SchemaFinding): Finding {
  const fix = suggestionFix(finding.pointer, finding.suggestion);
  return {
    ruleId: 'schema',
    severity: 'error',
    message: finding.message,
    pointer: finding.pointer,
    ...pick(trial.rangeOf(finding.pointer, finding.target)),
    ...(fix && finding.suggestionIsSafe ? { fix } : {}),
    ...(fix ? { suggestions: [{ title: fixTitle(finding.suggestion), fix }] } : {}),
  };
}

/**
 * Runs the enabled rules and adds what they report to `findings`. Apart from building findings, which only the
 * few reports need: the loop a whole run turns in (a hundred rules a file), kept small for V8 to optimize.
 */
function* runRules(
  rules: readonly Rule[],
  settings: RuleSettings,
  { trial: data, asOf }: Pick<RuleContext, 'trial' | 'asOf'>,
  trial: LoadedTrial,
  schemaReported: SchemaReported,
  findings: Finding[],
): Generator<void, void, void> {
  // One report list and one context for all rules.
  const reports: RuleReport[] = [];
  const context: RuleContext = { trial: data, asOf, report: (report) => void reports.push(report) };
  for (const rule of rules) {
    const setting = settings.get(rule.meta.id) ?? 'off';
    if (setting === 'off' || rule.meta.category === 'suppressions') continue;
    // A pause before each rule: a rule's reports are in `findings` before the next one runs.
    yield;
    reports.length = 0;
    try {
      rule.check(context);
    } catch (error) {
      findings.push(failedRuleFinding(rule, error, trial));
      continue;
    }
    if (!reports.length) continue;
    const severity: Severity = rule.meta.since && startsBefore(data, rule.meta.since) ? 'info' : setting;
    for (const report of reports) {
      if (schemaReported.pointers.has(report.pointer)) {
        if (!report.supersedesSchemaPattern || !schemaReported.patterns.delete(report.pointer)) continue;
        dropSchemaFinding(findings, report.pointer);
      }
      if (report.target === 'key' && schemaReported.parentsOfRemoved.has(report.pointer)) continue;
      findings.push(ruleFinding(rule, capped(severity, report.atMost), report, trial));
    }
  }
}

/** Removes the schema's finding on a value, which a rule's report replaces. */
function dropSchemaFinding(findings: Finding[], pointer: string): void {
  const index = findings.findIndex((finding) => finding.ruleId === 'schema' && finding.pointer === pointer);
  if (index !== -1) findings.splice(index, 1);
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** The lower of a severity and a report's cap. */
function capped(severity: Severity, atMost: Severity | undefined): Severity {
  return atMost !== undefined && SEVERITY_RANK[atMost] < SEVERITY_RANK[severity] ? atMost : severity;
}

function ruleFinding(rule: Rule, severity: Severity, report: RuleReport, trial: LoadedTrial): Finding {
  return {
    ruleId: rule.meta.id,
    severity,
    message: report.message,
    pointer: report.pointer,
    ...pick(findingRange(trial, report)),
    ...(report.fix ? { fix: report.fix } : {}),
    ...(report.suggestions ? { suggestions: report.suggestions } : {}),
    ...(report.missing?.length ? { missing: [...report.missing] } : {}),
  };
}

function failedRuleFinding(rule: Rule, error: unknown, trial: LoadedTrial): Finding {
  return {
    ruleId: rule.meta.id,
    severity: 'error',
    message: `The rule failed on this file (${error instanceof Error ? error.message : String(error)}); please report it.`,
    pointer: '',
    ...pick(trial.rangeOf('')),
  };
}

/** The file's report: findings that own their strings (see detachFinding), counted and sorted. */
function finish(filePath: string, findings: Finding[], trial: LoadedTrial): LintedTrial {
  for (const finding of findings) detachFinding(finding);
  return { report: toFileReport(filePath, findings, startedSections(trial.data)), trial };
}

function pick(range: {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}): Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'> {
  return { line: range.line, column: range.column, endLine: range.endLine, endColumn: range.endColumn };
}

function suggestionFix(
  pointer: string,
  suggestion: { kind: 'replace-value'; value: string } | { kind: 'rename-key'; key: string } | undefined,
): FixOperation[] | undefined {
  if (!suggestion) return undefined;
  return suggestion.kind === 'replace-value'
    ? [{ op: 'replace', pointer, value: suggestion.value }]
    : [{ op: 'rename-key', pointer, key: suggestion.key }];
}

function fixTitle(
  suggestion: { kind: 'replace-value'; value: string } | { kind: 'rename-key'; key: string } | undefined,
): string {
  if (!suggestion) return '';
  return suggestion.kind === 'replace-value'
    ? `Change to ${suggestion.value}`
    : `Rename to ${suggestion.key}`;
}

/** Drops suppressed findings and reports directives that lack a reason or silence nothing. */
function applySuppressions(
  findings: Finding[],
  directives: readonly Directive[],
  settings: RuleSettings,
): Finding[] {
  if (!directives.length) return findings;
  const used = new Map<Directive, Set<string>>(directives.map((directive) => [directive, new Set<string>()]));
  const index = new SuppressionIndex(directives);
  const kept = findings.filter((finding) => {
    if (finding.ruleId === 'syntax') return true;
    const directive = index.match(finding.ruleId, finding.line);
    if (!directive) return true;
    used.get(directive)?.add(finding.ruleId);
    return false;
  });
  const reasonSetting = settings.get(SUPPRESSION_REASON_RULE) ?? 'off';
  const unusedSetting = settings.get(UNUSED_SUPPRESSION_RULE) ?? 'off';
  for (const directive of directives) {
    const at = {
      line: directive.line,
      column: directive.column,
      endLine: directive.line,
      endColumn: directive.endColumn,
      pointer: null,
    };
    const label = `trialyaml-${directive.kind}`;
    if (reasonSetting !== 'off' && !directive.reason) {
      kept.push({
        ruleId: SUPPRESSION_REASON_RULE,
        severity: reasonSetting,
        message: `Say why: add " -- <reason>" to this ${label} comment.`,
        ...at,
      });
    }
    if (unusedSetting === 'off') continue;
    if (!directive.ruleIds.length) {
      kept.push({
        ruleId: UNUSED_SUPPRESSION_RULE,
        severity: unusedSetting,
        message: `This ${label} comment names no rule; write the rule id to silence.`,
        ...at,
      });
      continue;
    }
    const silenced = used.get(directive) ?? new Set<string>();
    const idle = directive.ruleIds.filter((id) => !silenced.has(id));
    if (idle.length) {
      const where = directive.kind === 'disable' ? 'in this file' : 'on the next line';
      kept.push({
        ruleId: UNUSED_SUPPRESSION_RULE,
        severity: unusedSetting,
        message: `Unused suppression: ${idle.join(', ')} reports nothing ${where}; remove it from the comment.`,
        ...at,
      });
    }
  }
  return kept;
}
