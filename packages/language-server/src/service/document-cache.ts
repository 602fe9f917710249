import { loadTrial, type LoadedTrial } from '@trialyaml/core';
import { lintTrial, type LintedTrial, type LintOptions } from '@trialyaml/validator';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { bomLength } from './position.js';

/**
 * One version of one open document, with what has been worked out about it so far. Everything is computed on
 * first use and kept until the document changes: the parse (`loaded`), and the lint outcome for the lint
 * options in force (a new configuration or a new day re-lints; a completion or hover never does).
 */
export class CachedDocument {
  /** 1 when the document starts with a BOM; core offsets and columns do not count it. */
  readonly bom: number;
  /** The text without BOM: what core's offsets and the cursor lookups refer to. */
  readonly body: string;
  private loadedTrial: LoadedTrial | undefined;
  private lintKey: unknown;
  private lintOptionsKey: string | undefined;
  private lintOutcome: LintedTrial | undefined;

  constructor(
    readonly document: TextDocument,
    readonly text: string,
  ) {
    this.bom = bomLength(text);
    this.body = this.bom ? text.slice(this.bom) : text;
  }

  get uri(): string {
    return this.document.uri;
  }

  get version(): number {
    return this.document.version;
  }

  /** The parsed trial (data, positions); shared with the lint outcome when linting came first. */
  get loaded(): LoadedTrial {
    this.loadedTrial ??= this.lintOutcome?.trial ?? loadTrial(this.text, { filename: this.uri });
    return this.loadedTrial;
  }

  /** Whether the trial has been parsed already (so using `loaded` costs nothing). */
  get isLoaded(): boolean {
    return this.loadedTrial !== undefined || this.lintOutcome !== undefined;
  }

  /**
   * The lint outcome for `options`, computed once per `key` (an object that changes when the configuration
   * does) and `options.asOf`.
   */
  lint(key: unknown, options: LintOptions): LintedTrial {
    const optionsKey = `${options.asOf ?? ''}\u0000${options.filePath ?? ''}`;
    if (this.lintOutcome && this.lintKey === key && this.lintOptionsKey === optionsKey)
      return this.lintOutcome;
    const outcome = lintTrial(this.text, options);
    this.lintOutcome = outcome;
    this.lintKey = key;
    this.lintOptionsKey = optionsKey;
    this.loadedTrial ??= outcome.trial;
    return outcome;
  }

  /** The last lint outcome, whatever options it was made with (for code actions on what is shown). */
  get lastLint(): LintedTrial | undefined {
    return this.lintOutcome;
  }
}

/** The latest version of each open document. Older versions are dropped as soon as a newer one is seen. */
export class DocumentCache {
  private readonly entries = new Map<string, CachedDocument>();

  /** The cache entry for this document's current text (a new one when the document changed). */
  get(document: TextDocument): CachedDocument {
    const text = document.getText();
    const existing = this.entries.get(document.uri);
    if (existing && existing.version === document.version && existing.text === text) return existing;
    const entry = new CachedDocument(document, text);
    this.entries.set(document.uri, entry);
    return entry;
  }

  /** The cached entry for a uri and version, if that version is still the latest. */
  peek(uri: string, version?: number): CachedDocument | undefined {
    const entry = this.entries.get(uri);
    return entry && (version === undefined || entry.version === version) ? entry : undefined;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
