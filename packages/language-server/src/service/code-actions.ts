import { decodePointer, getAtPointer, type LoadedTrial } from '@trialyaml/core';
import {
  applyFixes,
  ruleRegistry,
  today,
  toTextEdit,
  type FixOperation,
  type Finding,
  type LintOptions,
  type LintedTrial,
} from '@trialyaml/validator';
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionContext,
  type Diagnostic,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { ClientFeatures } from './client-features.js';
import { addMissingActions } from './code-actions-add-missing.js';
import { ARMS_POINTER, INTERVENTIONS_POINTER, crossReferences } from './cross-references.js';
import { DIAGNOSTIC_SOURCE, findingsOfDiagnostic } from './diagnostics.js';
import type { CachedDocument } from './document-cache.js';
import { minimalEdit, rangeFromOffsets, rangeFromSpan, sameRange } from './position.js';
import { schemaAt } from './schema-docs.js';

/** The code action kind of "fix everything that can be fixed safely" (for `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.trialyaml`;
/** The command of "Show documentation for <rule>"; the client opens its URL argument. */
export const SHOW_RULE_DOCS_COMMAND = 'trialyaml.showRuleDocs';

/** What a code action carries until it is resolved (when the client resolves edits lazily). */
export interface CodeActionData {
  uri: string;
  version: number;
  /** Structural operations to turn into edits. */
  operations?: FixOperation[];
  /** Fix all auto-fixable problems. */
  fixAll?: boolean;
}

export interface CodeActionEnvironment {
  features: ClientFeatures;
  /** The document's lint outcome and the options it was made with (cached per version). */
  outcome: LintedTrial;
  options: LintOptions;
}

const NOT_SUPPRESSIBLE = new Set(['syntax', 'config', 'internal']);

/** Whether the client asked for actions of `kind` (no `only` means every kind but source actions). */
function wants(context: CodeActionContext, kind: string): boolean {
  if (!context.only) return !kind.startsWith(CodeActionKind.Source);
  return context.only.some((only) => kind === only || kind.startsWith(`${only}.`));
}

/** Quick fixes for the diagnostics in range, and fix-all when asked. Never throws. */
export function getCodeActions(
  cached: CachedDocument,
  range: Range,
  context: CodeActionContext,
  env: CodeActionEnvironment,
): CodeAction[] {
  try {
    const actions: CodeAction[] = [];
    if (wants(context, CodeActionKind.QuickFix)) actions.push(...quickFixes(cached, range, context, env));
    if (wants(context, FIX_ALL_KIND)) {
      // Asked for explicitly (on save): computed now, so it applies without a round trip.
      const fixAll = fixAllAction(cached, env, FIX_ALL_KIND, false);
      if (fixAll) actions.push(fixAll);
    }
    return actions;
  } catch {
    return [];
  }
}

function quickFixes(
  cached: CachedDocument,
  _range: Range,
  context: CodeActionContext,
  env: CodeActionEnvironment,
): CodeAction[] {
  // Adding what is missing comes first: it is what the author came for.
  const additions: CodeAction[] = [];
  const fixes: CodeAction[] = [];
  const ruleActions: CodeAction[] = [];
  const seenRules = new Set<string>();
  const findings = env.outcome.report.findings;
  let offersFix = false;
  for (const diagnostic of context.diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof diagnostic.code !== 'string') continue;
    const ruleId = diagnostic.code;
    const matching = findingsOfDiagnostic(
      diagnostic,
      findings.filter(
        (finding) =>
          finding.ruleId === ruleId && sameRange(rangeFromSpan(finding, cached.bom), diagnostic.range),
      ),
    );
    for (const finding of matching) {
      additions.push(
        ...addMissingActions(cached, env.features, finding, diagnostic, env.options.asOf ?? today()),
      );
      const offered = new Set<string>();
      const offer = (title: string, operations: FixOperation[], preferred = false): void => {
        const key = JSON.stringify(operations);
        if (offered.has(key)) return;
        offered.add(key);
        const action = fixAction(cached, env.features, title, operations, diagnostic, preferred);
        if (action) fixes.push(action);
      };
      if (finding.fix) {
        offersFix = true;
        offer(fixTitle(finding), finding.fix, true);
      }
      for (const suggestion of finding.suggestions ?? []) offer(suggestion.title, suggestion.fix);
      if (!finding.fix && !finding.suggestions?.length)
        for (const { title, operations } of nearestEnumValues(cached.loaded, finding))
          offer(title, operations);
      const links = missingLinks(cached.loaded, finding);
      // With one arm (or one intervention) to link to, the link is what the finding asks for: preferred.
      for (const { title, operations } of links) offer(title, operations, links.length === 1 && !finding.fix);
    }
    if (seenRules.has(ruleId)) continue;
    seenRules.add(ruleId);
    // Only for a diagnostic of the current text: a stale one may point at another line.
    if (!NOT_SUPPRESSIBLE.has(ruleId) && matching.length) {
      const disable = disableAction(cached, env.features, ruleId, diagnostic);
      if (disable) ruleActions.push(disable);
    }
    const docsUrl = Object.hasOwn(ruleRegistry, ruleId)
      ? ruleRegistry[ruleId as keyof typeof ruleRegistry].meta.docsUrl
      : undefined;
    if (docsUrl)
      ruleActions.push({
        title: `Show documentation for ${ruleId}`,
        kind: CodeActionKind.QuickFix,
        command: {
          title: `Show documentation for ${ruleId}`,
          command: SHOW_RULE_DOCS_COMMAND,
          arguments: [docsUrl],
        },
      });
  }
  if (offersFix && findings.filter((finding) => finding.fix).length > 1) {
    // Offered in the light bulb at every cursor move: computed only when chosen, where the client allows.
    const all = fixAllAction(cached, env, CodeActionKind.QuickFix, env.features.codeActionResolve);
    if (all) fixes.push(all);
  }
  if (additions.length) for (const fix of fixes) delete fix.isPreferred;
  return [...additions, ...fixes, ...ruleActions];
}

function fixTitle(finding: Finding): string {
  const first = finding.fix?.[0];
  const suggestion = finding.suggestions?.find(
    (candidate) => JSON.stringify(candidate.fix) === JSON.stringify(finding.fix),
  );
  if (suggestion) return suggestion.title;
  if (first?.op === 'replace') return `Change to ${JSON.stringify(first.value)}`;
  return `Fix this ${finding.ruleId} problem`;
}

/** An action applying structural operations; the edit is computed now, or on resolve when the client can. */
function fixAction(
  cached: CachedDocument,
  features: ClientFeatures,
  title: string,
  operations: FixOperation[],
  diagnostic: Diagnostic,
  preferred: boolean,
): CodeAction | undefined {
  const action: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic] };
  if (preferred) action.isPreferred = true;
  if (features.codeActionResolve) {
    const data: CodeActionData = { uri: cached.uri, version: cached.version, operations };
    action.data = data;
    return action;
  }
  const edit = operationsEdit(cached, operations);
  if (!edit) return undefined;
  action.edit = edit;
  return action;
}

/** The workspace edit of structural operations on the document, or undefined when one cannot be applied. */
export function operationsEdit(
  cached: CachedDocument,
  operations: readonly FixOperation[],
): WorkspaceEdit | undefined {
  const trial = cached.loaded;
  const edits: TextEdit[] = [];
  for (const operation of operations) {
    const edit = toTextEdit(trial, operation);
    if (!edit) return undefined;
    edits.push({
      range: rangeFromOffsets(cached.document, edit.offset, edit.endOffset, cached.bom),
      newText: edit.text,
    });
  }
  return { changes: { [cached.uri]: edits } };
}

/**
 * Fills in the edit of an action sent without one. `options` are the document's lint options (fix-all lints
 * again). An action made for another version of the document is returned as it is.
 */
export function resolveCodeAction(
  cached: CachedDocument | undefined,
  action: CodeAction,
  options: LintOptions | undefined,
): CodeAction {
  const data = action.data as Partial<CodeActionData> | undefined;
  if (!cached || !data || data.version !== cached.version) return action;
  if (data.fixAll === true && options) {
    const edits = fixAllEdits(cached, options);
    return edits.length ? { ...action, edit: { changes: { [cached.uri]: edits } } } : action;
  }
  if (!Array.isArray(data.operations)) return action;
  const edit = operationsEdit(cached, data.operations);
  return edit ? { ...action, edit } : action;
}

/** "Fix all auto-fixable problems": every safe fix, as one minimal edit (computed now, or on resolve). */
function fixAllAction(
  cached: CachedDocument,
  env: CodeActionEnvironment,
  kind: string,
  lazy: boolean,
): CodeAction | undefined {
  if (!env.outcome.report.findings.some((finding) => finding.fix)) return undefined;
  const title = 'Fix all auto-fixable problems';
  if (lazy) {
    const data: CodeActionData = { uri: cached.uri, version: cached.version, fixAll: true };
    return { title, kind, data };
  }
  const edits = fixAllEdits(cached, env.options);
  if (!edits.length) return undefined;
  return { title, kind, edit: { changes: { [cached.uri]: edits } } };
}

/** The edits of fix-all (`applyFixes`, as `trialyaml lint --fix`), as one minimal edit. */
export function fixAllEdits(cached: CachedDocument, options: LintOptions): TextEdit[] {
  const fixed = applyFixes(cached.text, options);
  if (!fixed.fixed) return [];
  const edit = minimalEdit(cached.text, fixed.text);
  if (!edit) return [];
  return [
    {
      range: {
        start: cached.document.positionAt(edit.offset),
        end: cached.document.positionAt(edit.endOffset),
      },
      newText: edit.text,
    },
  ];
}

/** "Disable <rule> for this line": a `# trialyaml-disable-next-line <rule> -- <reason>` comment above it. */
function disableAction(
  cached: CachedDocument,
  features: ClientFeatures,
  ruleId: string,
  diagnostic: Diagnostic,
): CodeAction | undefined {
  const document = cached.document;
  const lineNumber = diagnostic.range.start.line;
  const lineStart = document.offsetAt({ line: lineNumber, character: 0 });
  const text = cached.text;
  let lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd === -1) lineEnd = text.length;
  const line = text
    .slice(lineStart, lineEnd)
    .replace(/\r$/, '')
    .replace(/^\uFEFF/, '');
  const indent = /^ */.exec(line)?.[0] ?? '';
  const title = `Disable ${ruleId} for this line`;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';

  // A directive already on the line above: add the rule to it.
  if (lineNumber > 0) {
    const previousStart = document.offsetAt({ line: lineNumber - 1, character: 0 });
    const previous = text.slice(previousStart, lineStart).replace(/\r?\n$/, '');
    const match = /^(\s*#\s*trialyaml-disable-next-line\s+)(.*?)(\s+--(?:\s.*)?)?$/.exec(previous);
    if (match) {
      const ids = (match[2] ?? '').split(/[\s,]+/).filter(Boolean);
      if (ids.includes(ruleId)) return undefined;
      const at = previousStart + (match[1] ?? '').length + (match[2] ?? '').length;
      const position = document.positionAt(at);
      return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: {
          changes: { [cached.uri]: [{ range: { start: position, end: position }, newText: `, ${ruleId}` }] },
        },
      };
    }
  }
  const position = { line: lineNumber, character: lineNumber === 0 ? cached.bom : 0 };
  const comment = `${indent}# trialyaml-disable-next-line ${ruleId} -- `;
  if (features.snippetEdits) {
    return {
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: {
        documentChanges: [
          {
            textDocument: { uri: cached.uri, version: cached.version },
            edits: [
              {
                range: { start: position, end: position },
                snippet: { kind: 'snippet', value: `${comment}\${1:reason}${eol}` },
              },
            ],
          },
        ],
      },
    };
  }
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: {
      changes: {
        [cached.uri]: [{ range: { start: position, end: position }, newText: `${comment}reason${eol}` }],
      },
    },
  };
}

/** For a value that is not one of its field's codes (and has no suggestion): the closest codes. */
function nearestEnumValues(
  trial: LoadedTrial,
  finding: Finding,
): Array<{ title: string; operations: FixOperation[] }> {
  if (finding.ruleId !== 'schema' || finding.pointer === null) return [];
  const path = decodePointer(finding.pointer).map((segment) =>
    /^\d+$/.test(segment) ? Number(segment) : segment,
  );
  const schema = schemaAt(path);
  const value = getAtPointer(trial.data, finding.pointer);
  if (!schema?.enum || typeof value !== 'string' || schema.enum.includes(value)) return [];
  const pointer = finding.pointer;
  return schema.enum
    .map((code) => ({ code, distance: distance(value.toUpperCase().replace(/[\s-]+/g, '_'), code) }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 3)
    .map(({ code }) => ({
      title: `Change to ${code}`,
      operations: [{ op: 'replace', pointer, value: code }],
    }));
}

/** Links an arm and an intervention in both directions, adding only what is missing. */
function linkOperations(
  data: unknown,
  arm: number,
  intervention: number,
): { title: string; operations: FixOperation[] } | undefined {
  const refs = crossReferences(data);
  const armEntry = refs.arms.find((candidate) => candidate.index === arm);
  const target = refs.interventions.find((candidate) => candidate.index === intervention);
  const reference = target?.forms[0];
  if (!armEntry || !target || !reference) return undefined;
  const operations: FixOperation[] = [];
  const armNames = getAtPointer(data, `${ARMS_POINTER}/${arm}/interventionNames`);
  if (!Array.isArray(armNames))
    operations.push({
      op: 'add-key',
      pointer: `${ARMS_POINTER}/${arm}`,
      key: 'interventionNames',
      value: [reference],
    });
  else if (!armNames.some((name) => target.forms.includes(name as string)))
    operations.push({ op: 'append', pointer: `${ARMS_POINTER}/${arm}/interventionNames`, value: reference });
  const labels = getAtPointer(data, `${INTERVENTIONS_POINTER}/${intervention}/armGroupLabels`);
  if (!Array.isArray(labels))
    operations.push({
      op: 'add-key',
      pointer: `${INTERVENTIONS_POINTER}/${intervention}`,
      key: 'armGroupLabels',
      value: [armEntry.label],
    });
  else if (!labels.includes(armEntry.label))
    operations.push({
      op: 'append',
      pointer: `${INTERVENTIONS_POINTER}/${intervention}/armGroupLabels`,
      value: armEntry.label,
    });
  if (!operations.length) return undefined;
  return { title: `Link arm "${armEntry.label}" and "${reference}"`, operations };
}

/** For an arm without interventions, or an intervention in no arm: the links that could be added. */
function missingLinks(
  trial: LoadedTrial,
  finding: Finding,
): Array<{ title: string; operations: FixOperation[] }> {
  if (finding.pointer === null) return [];
  const data = trial.data;
  const refs = crossReferences(data);
  if (finding.ruleId === 'arm-has-intervention') {
    const arm = new RegExp(`^${ARMS_POINTER}/(\\d+)(/|$)`).exec(finding.pointer)?.[1];
    if (arm === undefined) return [];
    return refs.interventions
      .map((intervention) => linkOperations(data, Number(arm), intervention.index))
      .filter((entry): entry is { title: string; operations: FixOperation[] } => entry !== undefined);
  }
  if (finding.ruleId === 'intervention-in-arm') {
    const intervention = new RegExp(`^${INTERVENTIONS_POINTER}/(\\d+)(/|$)`).exec(finding.pointer)?.[1];
    if (intervention === undefined) return [];
    return refs.arms
      .map((arm) => linkOperations(data, arm.index, Number(intervention)))
      .filter((entry): entry is { title: string; operations: FixOperation[] } => entry !== undefined);
  }
  return [];
}

/** Levenshtein distance. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
