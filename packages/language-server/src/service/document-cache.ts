import { loadTrial, type LoadedTrial } from '@trialyaml/core';
import { lintTrial, lintTrialSteps, type LintedTrial, type LintOptions } from '@trialyaml/validator';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { bomLength } from './position.js';
import { runSteps, yieldToEventLoop } from './step-runner.js';

/**
 * A test seam (the server's `--hold-validation-after-parse`): a pause every lint in steps makes between its parse
 * and its first step, until the promise it returns settles. A request the client sends with its release is then
 * read while the lint is in progress for sure, not by luck of timing. Process-wide, as the Node server's flags
 * are; unset (the default), lints never wait.
 */
export type LintHold = (entry: CachedDocument) => Promise<void>;

let lintHold: LintHold | undefined;

/** Makes every lint in steps of this process wait for `hold` after its parse (`undefined`: never wait). */
export function holdLintsAfterParse(hold: LintHold | undefined): void {
  lintHold = hold;
}

/**
 * One version of one open document, with what has been worked out about it so far. Everything is computed on
 * first use and kept until the document changes: the parse (`loaded`), and the lint outcome for the lint
 * options in force (a new configuration or a new day re-lints; a completion or hover never does). The lint can
 * run in steps ({@link lintInSteps}) that let other requests in, and share the parse with them.
 */
export class CachedDocument {
  /** 1 when the document starts with a BOM; core offsets and columns do not count it. */
  readonly bom: number;
  /** The text without BOM: what core's offsets and the cursor lookups refer to. */
  readonly body: string;
  /** The version of `text` (the document object may be updated in place: its own version moves on). */
  readonly version: number;
  private loadedTrial: LoadedTrial | undefined;
  private lintKey: unknown;
  private lintOptionsKey: string | undefined;
  private lintOutcome: LintedTrial | undefined;
  /** The lint running in steps, if any, and what it lints for. */
  private running:
    { key: unknown; optionsKey: string; outcome: Promise<LintedTrial | undefined> } | undefined;
  /** Set when a newer version replaced this one, or the document closed: work on it is no use any more. */
  retired = false;

  constructor(
    readonly document: TextDocument,
    readonly text: string,
  ) {
    this.version = document.version;
    this.bom = bomLength(text);
    this.body = this.bom ? text.slice(this.bom) : text;
  }

  get uri(): string {
    return this.document.uri;
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
    const optionsKey = optionsKeyOf(options);
    if (this.lintOutcome && this.lintKey === key && this.lintOptionsKey === optionsKey)
      return this.lintOutcome;
    const outcome = this.loadedTrial
      ? runToEnd(lintTrialSteps(this.text, options, this.loadedTrial))
      : lintTrial(this.text, options);
    this.keep(key, optionsKey, outcome);
    return outcome;
  }

  /**
   * {@link lint} in steps: the parse, then the schema and each rule, pausing for the event loop between them
   * (see runSteps), so that a hover or completion read meanwhile is answered from the same parse without
   * waiting for the whole lint. Callers asking for the same outcome share one run. `undefined` when this version
   * was retired before the lint was done (the run stops then).
   */
  lintInSteps(key: unknown, options: LintOptions): Promise<LintedTrial | undefined> {
    const optionsKey = optionsKeyOf(options);
    if (this.lintOutcome && this.lintKey === key && this.lintOptionsKey === optionsKey)
      return Promise.resolve(this.lintOutcome);
    if (this.running && this.running.key === key && this.running.optionsKey === optionsKey)
      return this.running.outcome;
    const run = async (): Promise<LintedTrial | undefined> => {
      // Requests already read (a hover sent with the edit) go first; they may parse, which the lint then uses.
      await yieldToEventLoop();
      if (this.retired) return undefined;
      const read = this.loaded;
      if (lintHold) await lintHold(this);
      const outcome = await runSteps(lintTrialSteps(this.text, options, read), () => this.retired);
      if (outcome && this.running?.outcome === running) this.keep(key, optionsKey, outcome);
      return outcome;
    };
    const running = run().finally(() => {
      if (this.running?.outcome === running) this.running = undefined;
    });
    this.running = { key, optionsKey, outcome: running };
    return running;
  }

  private keep(key: unknown, optionsKey: string, outcome: LintedTrial): void {
    this.lintOutcome = outcome;
    this.lintKey = key;
    this.lintOptionsKey = optionsKey;
    this.loadedTrial ??= outcome.trial;
  }

  /** The last lint outcome, whatever options it was made with (for code actions on what is shown). */
  get lastLint(): LintedTrial | undefined {
    return this.lintOutcome;
  }
}

/** What a lint outcome depends on besides the configuration object: the day and the file path. */
function optionsKeyOf(options: LintOptions): string {
  return `${options.asOf ?? ''}\u0000${options.filePath ?? ''}`;
}

/** Runs a generator's steps at once. */
function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
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
    if (existing) existing.retired = true;
    this.entries.set(document.uri, entry);
    return entry;
  }

  /**
   * The document is now at `version`: an entry for another version is retired (its lint stops) and dropped,
   * without reading the new text (it is read when a request needs it).
   */
  advance(uri: string, version: number): void {
    const existing = this.entries.get(uri);
    if (!existing || existing.version === version) return;
    existing.retired = true;
    this.entries.delete(uri);
  }

  /** The cached entry for a uri and version, if that version is still the latest. */
  peek(uri: string, version?: number): CachedDocument | undefined {
    const entry = this.entries.get(uri);
    return entry && (version === undefined || entry.version === version) ? entry : undefined;
  }

  delete(uri: string): void {
    const existing = this.entries.get(uri);
    if (existing) existing.retired = true;
    this.entries.delete(uri);
  }

  clear(): void {
    for (const entry of this.entries.values()) entry.retired = true;
    this.entries.clear();
  }
}
