import {
  presetSettings,
  allRules,
  ruleRegistry,
  today,
  type Finding,
  type LintOptions,
  type LintedTrial,
  type RuleSettings,
} from '@trialyaml/validator';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { CachedDocument } from './document-cache.js';
import { rangeFromSpan } from './position.js';

/** The `source` of every diagnostic the server reports. */
export const DIAGNOSTIC_SOURCE = 'trialyaml';

/** How a document is linted: what the CLI would use for the same file. */
export interface LintConfiguration {
  /** The level of every rule (from the nearest `.trialyamlrc.yaml`). Default: the recommended preset. */
  settings?: RuleSettings;
  /** The file's path, as the CLI reports it. Default: the document's URI. */
  filePath?: string;
  /** The day date rules treat as today (yyyy-MM-dd). Default: today (UTC), as the CLI. */
  asOf?: string;
  /** A problem with the configuration (an invalid `.trialyamlrc.yaml`), shown at the top of the document. */
  problem?: string;
}

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

let recommended: RuleSettings | undefined;

/** The options `lintTrial` gets for a document: exactly what the CLI passes for the same file and config. */
export function lintOptionsFor(cached: CachedDocument, configuration: LintConfiguration): LintOptions {
  recommended ??= presetSettings('recommended', allRules);
  return {
    filePath: configuration.filePath ?? cached.uri,
    rules: allRules,
    settings: configuration.settings ?? recommended,
    asOf: configuration.asOf ?? today(),
  };
}

/** Lints the document (once per version and configuration). */
export function lintDocument(cached: CachedDocument, configuration: LintConfiguration): LintedTrial {
  return cached.lint(configuration, lintOptionsFor(cached, configuration));
}

/**
 * What a diagnostic's `data` carries: the finding's JSON pointer and, for a finding about absent content, the
 * pointers of what is missing (`Finding.missing`), so a client counts it in the section it is about and quick
 * fixes find their finding again without comparing message texts.
 */
export interface DiagnosticData {
  pointer: string | null;
  missing?: string[];
}

/** The data of a diagnostic this server made; older servers sent the pointer alone (a string), still read. */
export function diagnosticDataOf(data: unknown): DiagnosticData | undefined {
  if (typeof data === 'string') return { pointer: data };
  if (typeof data !== 'object' || data === null) return undefined;
  const { pointer, missing } = data as { pointer?: unknown; missing?: unknown };
  if (pointer !== null && typeof pointer !== 'string') return undefined;
  const result: DiagnosticData = { pointer };
  if (Array.isArray(missing) && missing.every((entry) => typeof entry === 'string')) result.missing = missing;
  return result;
}

/**
 * The findings a diagnostic stands for, among the findings of its rule at its range: those with its data (pointer
 * and missing pointers); of several, those with its message too. Without data (another client's diagnostic), by
 * message alone.
 */
export function findingsOfDiagnostic(diagnostic: Diagnostic, candidates: readonly Finding[]): Finding[] {
  const data = diagnosticDataOf(diagnostic.data);
  if (!data) return candidates.filter((finding) => finding.message === diagnostic.message);
  const missing = data.missing?.join('\n');
  const same = candidates.filter(
    (finding) =>
      finding.pointer === data.pointer &&
      // Old-shaped data (the pointer alone) says nothing about what is missing.
      (typeof diagnostic.data === 'string' || (finding.missing ?? []).join('\n') === (missing ?? '')),
  );
  if (same.length <= 1) return same;
  const worded = same.filter((finding) => finding.message === diagnostic.message);
  return worded.length ? worded : same;
}

/** A lint finding as an LSP diagnostic: rule id as code, a link to the rule's docs, pointer and missing as data. */
export function toDiagnostic(finding: Finding, bom = 0): Diagnostic {
  const rule = Object.hasOwn(ruleRegistry, finding.ruleId)
    ? ruleRegistry[finding.ruleId as keyof typeof ruleRegistry]
    : undefined;
  const diagnostic: Diagnostic = {
    range: rangeFromSpan(finding, bom),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data: dataOf(finding),
  };
  if (rule) diagnostic.codeDescription = { href: rule.meta.docsUrl };
  if (finding.ruleId === 'no-unused-suppression') diagnostic.tags = [DiagnosticTag.Unnecessary];
  if (finding.ruleId === 'legacy-enum-value') diagnostic.tags = [DiagnosticTag.Deprecated];
  return diagnostic;
}

function dataOf(finding: Finding): DiagnosticData {
  return finding.missing?.length
    ? { pointer: finding.pointer, missing: [...finding.missing] }
    : { pointer: finding.pointer };
}

/** The document's diagnostics: every finding of the CLI for the same file and configuration. */
export function computeDiagnostics(cached: CachedDocument, configuration: LintConfiguration): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  if (configuration.problem) {
    diagnostics.push({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Error,
      code: 'config',
      source: DIAGNOSTIC_SOURCE,
      message: `${configuration.problem} The recommended rules are used until the configuration is fixed.`,
    });
  }
  try {
    const outcome = lintDocument(cached, configuration);
    for (const finding of outcome.report.findings) diagnostics.push(toDiagnostic(finding, cached.bom));
  } catch (error) {
    diagnostics.push({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Error,
      code: 'internal',
      source: DIAGNOSTIC_SOURCE,
      message: `The file could not be checked: ${error instanceof Error ? error.message : String(error)}.`,
    });
  }
  return diagnostics;
}
