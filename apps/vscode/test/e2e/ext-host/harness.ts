// What the scenarios use inside the extension host, on either host (VS Code for the Web's worker extension host or
// a VS Code server's Node extension host): waits on events and bounded polls, assertions, and the channel to the
// driver, which plays the user in the browser (looks at the workbench, clicks, takes screenshots).
import * as vscode from 'vscode';

/** The longest any one wait may take: generous, because the test machines are busy. */
export const WAIT_MS = 60_000;

export function log(message: string): void {
  // The drivers print the extension host's console lines that start with [e2e].
  // eslint-disable-next-line no-console
  console.log(`[e2e] ${message}`);
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Assertion failed: ${message}`);
}

/**
 * Resolves with the first value of `event` for which `check` returns something (checked once at once, in case
 * it already holds); rejects after `timeoutMs` naming what was awaited.
 */
export function waitFor<E, T>(
  event: vscode.Event<E>,
  check: (value: E | undefined) => T | undefined,
  what: string,
  timeoutMs = WAIT_MS,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const now = check(undefined);
    if (now !== undefined) {
      resolve(now);
      return;
    }
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const subscription = event((value) => {
      let result: T | undefined;
      try {
        result = check(value);
      } catch (error) {
        clearTimeout(timer);
        subscription.dispose();
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (result === undefined) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(result);
    });
  });
}

/** Polls `check` (for what no event announces, like an extension's activation) until it holds, bounded. */
export async function poll<T>(check: () => T | undefined, what: string, timeoutMs = WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = check();
    if (result !== undefined) return result;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function ruleIdOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code ?? '');
}

/** The diagnostics of `uri` once `check` accepts their rule ids. */
export function diagnosticsWhere(
  uri: vscode.Uri,
  check: (ruleIds: Set<string>) => boolean,
  what: string,
  timeoutMs = WAIT_MS,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      return check(new Set(diagnostics.map(ruleIdOf))) ? diagnostics : undefined;
    },
    what,
    timeoutMs,
  );
}

export function diagnosticsWith(
  uri: vscode.Uri,
  ruleId: string,
  what: string,
  timeoutMs = WAIT_MS,
): Promise<vscode.Diagnostic[]> {
  return diagnosticsWhere(uri, (ids) => ids.has(ruleId), what, timeoutMs);
}

/** The position of the first match of `pattern` in the document (at the start of group 1 if there is one). */
export function positionOf(document: vscode.TextDocument, pattern: RegExp): vscode.Position {
  const match = pattern.exec(document.getText());
  assert(match, `${pattern} in ${document.uri.path}`);
  const offset = match.index + (match[1] !== undefined ? match[0].indexOf(match[1]) : 0);
  return document.positionAt(offset);
}

export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** The visible editor of `document`. */
export function editorOf(document: vscode.TextDocument): vscode.TextEditor {
  const editor = vscode.window.visibleTextEditors.find((visible) => visible.document === document);
  assert(editor, `an editor shows ${document.uri.path}`);
  return editor;
}

/** Puts the cursor at `position`, in the middle of the editor of `document`. */
export function placeCursor(document: vscode.TextDocument, position: vscode.Position): void {
  const editor = editorOf(document);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
}

/** Resolves when the cursor of `document`'s editor arrives at `position` (by a click in the preview, say). */
export function cursorAt(
  document: vscode.TextDocument,
  position: vscode.Position,
  what: string,
): Promise<true> {
  return waitFor(
    vscode.window.onDidChangeTextEditorSelection,
    () => {
      const editor = vscode.window.visibleTextEditors.find((visible) => visible.document === document);
      return editor?.selection.active.isEqual(position) ? true : undefined;
    },
    what,
  );
}

/** Sets a `trialyaml.*` setting for the user (undefined removes it), as an author does in the Settings editor. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('trialyaml').update(key, value, vscode.ConfigurationTarget.Global);
}

/** The run's facts, written by the driver into the workspace as e2e-config.json. */
export interface E2eConfig {
  /** `web`: VS Code for the Web (worker extension host); `node`: a VS Code server (Node extension host). */
  hostKind: 'web' | 'node';
  /** A name for the host in messages, like `code-server 4.139.1 (VS Code 1.139.1)`. */
  hostName: string;
  /** Whether the workspace is trusted, or opened in Restricted Mode. */
  trust: 'trusted' | 'restricted';
  /** The driver's channel (http://127.0.0.1:port/e2e). */
  driverUrl: string;
  /** The stand-in registry API that the driver serves (for import by NCT number). */
  registryBaseUrl: string;
  registryNctId: string;
  /** A study JSON file in the workspace. */
  studyJson: string;
  /** A trial file that does not follow the schema. */
  brokenTrial: string;
  /** Only these scenarios (by id) when set: for working on one scenario. */
  only?: string[];
}

export async function readConfig(folder: vscode.Uri): Promise<E2eConfig> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, 'e2e-config.json'));
  return JSON.parse(new TextDecoder().decode(bytes)) as E2eConfig;
}

/**
 * The channel to the driver: the suite reports each scenario's start and end, and asks the driver to do in the
 * browser what an author does (look at a widget, click in the preview, take a screenshot). Plain-text POSTs, so
 * that the web extension host's fetch needs no CORS preflight.
 */
export class Driver {
  constructor(private readonly url: string) {}

  async report(event: 'start' | 'pass' | 'fail', scenario: string, message = ''): Promise<void> {
    await this.post('report', { event, scenario, message });
  }

  /** Runs one UI step in the driver (see driver/ui-steps.mjs) and returns what it found. */
  async step<T = unknown>(step: string, args: Record<string, unknown> = {}): Promise<T> {
    const answer = (await this.post('step', { step, args })) as { ok: boolean; data?: T; error?: string };
    if (!answer.ok) throw new Error(`driver step ${step}: ${answer.error ?? 'failed'}`);
    return answer.data as T;
  }

  private async post(path: string, body: unknown): Promise<unknown> {
    const response = await fetch(`${this.url}/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`driver ${path}: HTTP ${response.status}`);
    return response.json();
  }
}
