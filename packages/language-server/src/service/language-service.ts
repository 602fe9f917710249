import type { LintedTrial } from '@trialyaml/validator';
import { today } from '@trialyaml/validator';
import type {
  CancellationToken,
  CodeAction,
  CodeActionContext,
  CodeLens,
  CompletionContext,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Location,
  Position,
  Range,
  SymbolInformation,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_CLIENT_FEATURES, type ClientFeatures } from './client-features.js';
import { fixAllEdits, getCodeActions, resolveCodeAction } from './code-actions.js';
import { deadlineLenses } from './code-lens.js';
import { doComplete } from './completion.js';
import { findDefinition } from './definition.js';
import { computeDiagnostics, lintDocument, lintOptionsFor, type LintConfiguration } from './diagnostics.js';
import { DocumentCache, type CachedDocument } from './document-cache.js';
import { foldingRanges, type FoldingOptions } from './folding.js';
import { formatDocument } from './formatting.js';
import { doHover } from './hover.js';
import { findReferences } from './references.js';
import { doRename, prepareRename } from './rename.js';
import { unlessCancelled } from './step-runner.js';
import { documentSymbols, flattenSymbols } from './symbols.js';

export interface LanguageServiceOptions {
  /**
   * How a document is linted (the nearest `.trialyamlrc.yaml`, the `trialyaml.asOf` setting, ...). Called once
   * per document until {@link LanguageService.resetConfiguration}. Default: the recommended preset, as of today.
   */
  lintConfiguration?: (uri: string) => LintConfiguration | Promise<LintConfiguration>;
  /** What the client supports. Default: {@link DEFAULT_CLIENT_FEATURES}. */
  clientFeatures?: Partial<ClientFeatures>;
  /** The current time, for date completions. Default: `new Date()`. */
  now?: () => Date;
  /**
   * Whether a lint runs in steps that let other requests in (see CachedDocument.lintInSteps). Default true;
   * false lints in one piece, as before (kept to measure the difference: `--lint-in-one-piece`).
   */
  lintInSteps?: boolean;
}

/**
 * The TrialYAML language service: every editor feature as a function of a `TextDocument`, with no connection
 * (the LSP layer in `server/` wires it to one). Results are LSP types. No method throws: on bad input they
 * return empty results. Parses and lint outcomes are cached per document version.
 */
export interface LanguageService {
  /** The lint findings as diagnostics: the CLI's findings for the same file and configuration. */
  getDiagnostics(document: TextDocument): Promise<Diagnostic[]>;
  /**
   * {@link getDiagnostics} for an editor that keeps typing: the lint runs in steps, letting other requests in
   * (they use its parse). `undefined` when `token` was cancelled, or when a newer version of the document was
   * seen ({@link documentChanged}) before the lint was done: its diagnostics would be stale.
   */
  getLatestDiagnostics(document: TextDocument, token?: CancellationToken): Promise<Diagnostic[] | undefined>;
  /** The lint outcome behind the diagnostics (findings with fixes, the parsed trial). */
  getLintOutcome(document: TextDocument): Promise<LintedTrial>;
  getCompletions(document: TextDocument, position: Position, context?: CompletionContext): CompletionList;
  getHover(document: TextDocument, position: Position): Hover | null;
  getCodeActions(document: TextDocument, range: Range, context: CodeActionContext): Promise<CodeAction[]>;
  /** Adds the edit to an action sent without one (when the client resolves lazily). */
  resolveCodeAction(action: CodeAction): Promise<CodeAction>;
  /** Every safe fix (as `trialyaml lint --fix`), as one minimal edit. */
  getFixAllEdits(document: TextDocument): Promise<TextEdit[]>;
  getDocumentSymbols(document: TextDocument): DocumentSymbol[] | SymbolInformation[];
  getFoldingRanges(document: TextDocument, options?: FoldingOptions): FoldingRange[];
  getDefinition(document: TextDocument, position: Position): Location[];
  getReferences(
    document: TextDocument,
    position: Position,
    context: { includeDeclaration: boolean },
  ): Location[];
  prepareRename(document: TextDocument, position: Position): { range: Range; placeholder: string } | null;
  doRename(document: TextDocument, position: Position, newName: string): WorkspaceEdit | null;
  format(document: TextDocument): TextEdit[];
  /** The deadline lens above `statusModule`, as of the configured day (`trialyaml.asOf`, else today). */
  getCodeLenses(document: TextDocument): Promise<CodeLens[]>;
  /** The document is now at `version`: work on older versions stops (a lint in steps gives up). */
  documentChanged(uri: string, version: number): void;
  /** Forgets a closed document. */
  closeDocument(uri: string): void;
  /** Forgets every document's lint configuration (after a settings or `.trialyamlrc.yaml` change). */
  resetConfiguration(uri?: string): void;
  /** Sets what the client supports (after `initialize`). */
  setClientFeatures(features: Partial<ClientFeatures>): void;
}

/** Creates a language service. */
export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const cache = new DocumentCache();
  const configurations = new Map<string, Promise<LintConfiguration>>();
  let features: ClientFeatures = { ...DEFAULT_CLIENT_FEATURES, ...options.clientFeatures };
  const now = options.now ?? ((): Date => new Date());

  const configurationOf = (uri: string): Promise<LintConfiguration> => {
    let pending = configurations.get(uri);
    if (!pending) {
      pending = Promise.resolve()
        .then(() => options.lintConfiguration?.(uri) ?? {})
        .catch((error: unknown) => ({
          problem: `The lint configuration could not be read: ${error instanceof Error ? error.message : String(error)}.`,
        }));
      configurations.set(uri, pending);
    }
    return pending;
  };

  /**
   * Lints in steps (see CachedDocument.lintInSteps), leaving the outcome in the cache; false when the version
   * was retired meanwhile. A lint that throws counts as done: the next `lint` runs it again and the caller
   * reports the failure (computeDiagnostics as a diagnostic).
   */
  const lintInSteps = async (cached: CachedDocument, configuration: LintConfiguration): Promise<boolean> => {
    if (options.lintInSteps === false) return true;
    try {
      return (await cached.lintInSteps(configuration, lintOptionsFor(cached, configuration))) !== undefined;
    } catch {
      return true;
    }
  };

  const lint = async (
    cached: CachedDocument,
  ): Promise<{ outcome: LintedTrial; configuration: LintConfiguration }> => {
    const configuration = await configurationOf(cached.uri);
    await lintInSteps(cached, configuration);
    return { outcome: lintDocument(cached, configuration), configuration };
  };

  return {
    async getDiagnostics(document) {
      try {
        const cached = cache.get(document);
        const configuration = await configurationOf(document.uri);
        await lintInSteps(cached, configuration);
        return computeDiagnostics(cached, configuration);
      } catch {
        return [];
      }
    },
    async getLatestDiagnostics(document, token) {
      try {
        const cached = cache.get(document);
        const configuration = await unlessCancelled(configurationOf(document.uri), token);
        if (!configuration || cached.retired) return undefined;
        const linted = await unlessCancelled(lintInSteps(cached, configuration), token);
        if (!linted || cached.retired || token?.isCancellationRequested) return undefined;
        // The outcome is cached now: this only turns its findings into diagnostics.
        return computeDiagnostics(cached, configuration);
      } catch {
        return [];
      }
    },
    async getLintOutcome(document) {
      return (await lint(cache.get(document))).outcome;
    },
    getCompletions(document, position, context) {
      return doComplete(cache.get(document), position, { features, now }, context);
    },
    getHover(document, position) {
      return doHover(cache.get(document), position, features);
    },
    async getCodeActions(document, range, context) {
      try {
        const cached = cache.get(document);
        const { outcome, configuration } = await lint(cached);
        return getCodeActions(cached, range, context, {
          features,
          outcome,
          options: lintOptionsFor(cached, configuration),
        });
      } catch {
        return [];
      }
    },
    async resolveCodeAction(action) {
      try {
        const data = action.data as { uri?: unknown; version?: unknown } | undefined;
        const cached =
          typeof data?.uri === 'string' && typeof data.version === 'number'
            ? cache.peek(data.uri, data.version)
            : undefined;
        if (!cached) return action;
        const configuration = await configurationOf(cached.uri);
        return resolveCodeAction(cached, action, lintOptionsFor(cached, configuration));
      } catch {
        return action;
      }
    },
    async getFixAllEdits(document) {
      try {
        const cached = cache.get(document);
        const { outcome, configuration } = await lint(cached);
        if (!outcome.report.findings.some((finding) => finding.fix)) return [];
        return fixAllEdits(cached, lintOptionsFor(cached, configuration));
      } catch {
        return [];
      }
    },
    getDocumentSymbols(document) {
      const cached = cache.get(document);
      const symbols = documentSymbols(cached);
      return features.hierarchicalSymbols ? symbols : flattenSymbols(document.uri, symbols);
    },
    getFoldingRanges(document, foldingOptions) {
      return foldingRanges(cache.get(document).body, foldingOptions);
    },
    getDefinition(document, position) {
      return findDefinition(cache.get(document), position);
    },
    getReferences(document, position, context) {
      return findReferences(cache.get(document), position, context);
    },
    prepareRename(document, position) {
      return prepareRename(cache.get(document), position);
    },
    doRename(document, position, newName) {
      return doRename(cache.get(document), position, newName);
    },
    format(document) {
      return formatDocument(cache.get(document));
    },
    async getCodeLenses(document) {
      try {
        const cached = cache.get(document);
        const { asOf } = await configurationOf(document.uri);
        return deadlineLenses(cached, asOf ?? today());
      } catch {
        return [];
      }
    },
    documentChanged(uri, version) {
      cache.advance(uri, version);
    },
    closeDocument(uri) {
      cache.delete(uri);
      configurations.delete(uri);
    },
    resetConfiguration(uri) {
      if (uri === undefined) configurations.clear();
      else configurations.delete(uri);
    },
    setClientFeatures(next) {
      features = { ...features, ...next };
    },
  };
}
