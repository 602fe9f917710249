// The end-to-end suite: runs inside the extension host of a real VS Code (OSS, web build), driven by
// run-web-tests.mjs, against the built extension (dist/browser/*) and a workspace holding copies of the examples.
// Every wait is on an event, bounded; nothing sleeps. A failure throws, which the runner turns into exit code 1.
import * as vscode from 'vscode';

/** The example opened and previewed; run-web-tests.mjs looks for its title in the preview. */
export const MAIN_EXAMPLE = 'NCT04011033.trial.yaml';
const EXTENSION_ID = 'trialyaml.trialyaml-vscode';
const WAIT_MS = 20_000;

function log(message: string): void {
  // The runner prints the extension host's console.
  // eslint-disable-next-line no-console
  console.log(`[e2e] ${message}`);
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Assertion failed: ${message}`);
}

/**
 * Resolves with the first value of `event` for which `check` returns something (checked once at once, in case
 * it already holds); rejects after `timeoutMs` naming what was awaited.
 */
function waitFor<E, T>(
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

/**
 * Asks the driver for a screenshot of the workbench as it is (a suggest widget or a quick-fix menu open) and
 * resolves once it has taken it: the driver closes the widget with Escape and clicks in the editor, a mouse
 * selection change here.
 */
async function screenshotByDriver(document: vscode.TextDocument, name: string): Promise<void> {
  const clicked = waitFor(
    vscode.window.onDidChangeTextEditorSelection,
    (event) =>
      event?.textEditor.document === document && event.kind === vscode.TextEditorSelectionChangeKind.Mouse
        ? true
        : undefined,
    `the driver to take the ${name} screenshot and click in the editor`,
    30_000,
  );
  log(`shot:${name}`);
  await clicked;
}

/** Puts the cursor at `position`, in the middle of the editor of `document`. */
function placeCursor(document: vscode.TextDocument, position: vscode.Position): void {
  const editor = vscode.window.visibleTextEditors.find((visible) => visible.document === document);
  assert(editor, `an editor shows ${document.uri.path}`);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
}

function ruleIdOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code ?? '');
}

function diagnosticsWith(uri: vscode.Uri, ruleId: string, what: string): Promise<vscode.Diagnostic[]> {
  return waitFor(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      return diagnostics.some((diagnostic) => ruleIdOf(diagnostic) === ruleId) ? diagnostics : undefined;
    },
    what,
  );
}

/** The position of the first match of `pattern` in the document (at the start of group 1 if there is one). */
function positionOf(document: vscode.TextDocument, pattern: RegExp): vscode.Position {
  const match = pattern.exec(document.getText());
  assert(match, `${pattern} in ${document.uri.path}`);
  const offset = match.index + (match[1] !== undefined ? match[0].indexOf(match[1]) : 0);
  return document.positionAt(offset);
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

interface E2eConfig {
  /** The stand-in registry API that the driver serves (for import by NCT number). */
  registryBaseUrl: string;
  registryNctId: string;
  /** A study JSON file in the workspace. */
  studyJson: string;
  /** A trial file that does not follow the schema. */
  brokenTrial: string;
}

async function readConfig(folder: vscode.Uri): Promise<E2eConfig> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, 'e2e-config.json'));
  return JSON.parse(new TextDecoder().decode(bytes)) as E2eConfig;
}

async function testCommands(folder: vscode.Uri, config: E2eConfig): Promise<void> {
  // New Trial: an untitled trial draft from the template.
  const editor = await vscode.commands.executeCommand<vscode.TextEditor>('trialyaml.newTrial');
  assert(editor.document.languageId === 'trial-yaml', `new trial language is ${editor.document.languageId}`);
  assert(editor.document.isUntitled, 'the new trial is untitled');
  const draft = editor.document.getText();
  assert(draft.startsWith('# yaml-language-server: $schema='), 'the draft starts with the schema modeline');
  assert(draft.includes('ipdSharingStatementModule:'), 'the draft has every module');
  log('New Trial: untitled trial-yaml draft from the template');

  // Import from a study JSON file.
  const fromFile = await vscode.commands.executeCommand<vscode.TextDocument | undefined>(
    'trialyaml.importFromCtgov',
    vscode.Uri.joinPath(folder, config.studyJson),
  );
  assert(fromFile, 'import from a JSON file opened a document');
  const fileId = config.studyJson.replace(/\.json$/, '');
  assert(fromFile.languageId === 'trial-yaml', `imported language is ${fromFile.languageId}`);
  assert(
    fromFile.uri.scheme === 'untitled' && fromFile.uri.path.endsWith(`/${fileId}.trial.yaml`),
    `imported ${fromFile.uri.toString(true)}`,
  );
  assert(fromFile.getText().includes(`nctId: ${fileId}`), 'the imported YAML holds the NCT id');
  log(`Import from JSON file: ${fromFile.uri.toString(true)}`);

  // Import by NCT number, from the driver's stand-in registry.
  await vscode.workspace
    .getConfiguration('trialyaml')
    .update('ctgov.apiBaseUrl', config.registryBaseUrl, vscode.ConfigurationTarget.Global);
  const fetched = await vscode.commands.executeCommand<vscode.TextDocument | undefined>(
    'trialyaml.importFromCtgov',
    config.registryNctId,
  );
  assert(fetched, 'import by NCT number opened a document');
  assert(fetched.getText().includes(`nctId: ${config.registryNctId}`), 'the fetched YAML holds the NCT id');
  log(`Import by NCT number: ${fetched.uri.toString(true)}`);

  // A record the registry does not have: an error message, no document.
  const missing = await vscode.commands.executeCommand<vscode.TextDocument | undefined>(
    'trialyaml.importFromCtgov',
    'NCT99999999',
  );
  assert(missing === undefined, 'importing an unknown NCT number opens nothing');

  // A trial that does not follow the schema is not exported.
  const refused = await vscode.commands.executeCommand<vscode.Uri | undefined>(
    'trialyaml.exportToCtgovJson',
    vscode.Uri.joinPath(folder, config.brokenTrial),
  );
  assert(refused === undefined, 'a trial with schema errors is not exported');
  log('Import of an unknown NCT number and export of a broken trial: refused');

  // Export to registry JSON, next to the trial file.
  const trial = vscode.Uri.joinPath(folder, MAIN_EXAMPLE);
  const target = await vscode.commands.executeCommand<vscode.Uri | undefined>(
    'trialyaml.exportToCtgovJson',
    trial,
  );
  assert(target, 'export wrote a file');
  assert(target.path.endsWith('/NCT04011033.json'), `export target ${target.toString(true)}`);
  const exported = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target))) as {
    protocolSection?: { identificationModule?: { nctId?: string } };
  };
  assert(
    exported.protocolSection?.identificationModule?.nctId === 'NCT04011033',
    'the export is the study JSON',
  );
  log(`Export: ${target.toString(true)}`);
}

async function testLanguageFeatures(document: vscode.TextDocument): Promise<void> {
  const uri = document.uri;
  // Diagnostics come from the language server, with the CLI's rule ids.
  const diagnostics = await diagnosticsWith(
    uri,
    'official-title-required',
    'the official-title-required diagnostic',
  );
  const ids = new Set(diagnostics.map(ruleIdOf));
  for (const id of ['official-title-required', 'start-date-required', 'fda-regulated-flags-required']) {
    assert(ids.has(id), `diagnostics include ${id} (got ${[...ids].join(', ')})`);
  }
  log(`Diagnostics: ${diagnostics.length} (${[...ids].join(', ')})`);

  // Completion of an enum value.
  const status = positionOf(document, /overallStatus: (COMPLETED)/);
  const completions = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    uri,
    status,
  );
  const labels = completions.items.map(labelOf);
  assert(
    labels.includes('RECRUITING') && labels.includes('NOT_YET_RECRUITING'),
    `status completions: ${labels.join(', ')}`,
  );
  log(`Completion at overallStatus: ${labels.length} items`);

  // The same in the editor's suggest widget, for the driver's screenshot (images/completion.png).
  await vscode.commands.executeCommand('notifications.clearAll');
  await vscode.commands.executeCommand('notifications.hideToasts');
  placeCursor(document, status);
  await vscode.commands.executeCommand('editor.action.triggerSuggest');
  await screenshotByDriver(document, 'completion');
  log('Suggest widget at overallStatus: screenshot taken');

  // Hover on a key shows the schema's documentation.
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    uri,
    positionOf(document, /\n {2}(briefTitle):/),
  );
  const hover = hoverText(hovers);
  assert(/title/i.test(hover), `hover on briefTitle: ${hover}`);
  log(`Hover on briefTitle: ${hover.slice(0, 80).replace(/\s+/g, ' ')}…`);

  // Restart: the new server sends the diagnostics again.
  const again = waitFor(
    vscode.languages.onDidChangeDiagnostics,
    (event) => (event?.uris.some((changed) => changed.toString() === uri.toString()) ? true : undefined),
    'diagnostics from the restarted server',
  );
  await vscode.commands.executeCommand('trialyaml.restartServer');
  await again;
  await diagnosticsWith(uri, 'official-title-required', 'diagnostics after the restart');
  log('Restart Server: diagnostics again');

  // A quick fix: add the missing date type.
  const missingType = vscode.languages
    .getDiagnostics(uri)
    .find((diagnostic) => ruleIdOf(diagnostic) === 'start-date-required');
  assert(missingType, 'a start-date-required diagnostic');
  const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
    'vscode.executeCodeActionProvider',
    uri,
    missingType.range,
    vscode.CodeActionKind.QuickFix.value,
    10, // resolve the edits (the server computes them lazily, on codeAction/resolve)
  );
  const fix = actions.find(
    (action): action is vscode.CodeAction =>
      'edit' in action && action.edit !== undefined && /ACTUAL/.test(action.title),
  );
  assert(
    fix?.edit,
    `a quick fix adding type: ACTUAL (got ${actions.map((action) => action.title).join(' | ')})`,
  );
  // The quick-fix menu at the diagnostic, for the driver's screenshot (images/quick-fix.png).
  placeCursor(document, missingType.range.start);
  await vscode.commands.executeCommand('editor.action.quickFix');
  await screenshotByDriver(document, 'quick-fix');
  log('Quick-fix menu at start-date-required: screenshot taken');

  const before = document.getText();
  const fixed = waitFor(
    vscode.languages.onDidChangeDiagnostics,
    () =>
      vscode.languages
        .getDiagnostics(uri)
        .some((diagnostic) => ruleIdOf(diagnostic) === 'start-date-required')
        ? undefined
        : true,
    'the start-date-required diagnostic to go',
  );
  assert(await vscode.workspace.applyEdit(fix.edit), 'the quick fix applies');
  assert(document.getText() !== before, 'the quick fix changed the text');
  assert(
    /startDateStruct:\n {4}date: 2018-03-01\n {4}type: ACTUAL/.test(document.getText()),
    'type: ACTUAL added',
  );
  await fixed;
  log(`Quick fix "${fix.title}": applied, diagnostic gone`);
}

async function testPreview(editor: vscode.TextEditor): Promise<void> {
  const document = editor.document;
  await vscode.commands.executeCommand('trialyaml.openPreviewToSide');
  log('Preview opened; waiting for the driver to click the title in it');

  // The driver finds the title in the webview and clicks it: the editor reveals its source.
  const title = positionOf(document, /\n {2}briefTitle: (\S)/);
  await waitFor(
    vscode.window.onDidChangeTextEditorSelection,
    (event) =>
      event?.textEditor.document === document && event.selections[0]?.active.isEqual(title)
        ? true
        : undefined,
    'the editor to reveal the title clicked in the preview',
    40_000,
  );
  log(`Click in preview → cursor at ${title.line + 1}:${title.character + 1}`);

  // Moving the cursor marks the value in the preview; the driver clicks what is marked, which comes back here.
  const sexKey = positionOf(document, /\n {2}(sex): /);
  const sexValue = positionOf(document, /\n {2}sex: (\S)/);
  const back = waitFor(
    vscode.window.onDidChangeTextEditorSelection,
    (event) =>
      event?.textEditor.document === document && event.selections[0]?.active.isEqual(sexValue)
        ? true
        : undefined,
    'the driver to click the value marked after the cursor moved',
    30_000,
  );
  const target = vscode.window.visibleTextEditors.find((visible) => visible.document === document) ?? editor;
  target.selection = new vscode.Selection(sexKey, sexKey);
  await back;
  log('Cursor → preview mark → click → cursor: in sync');

  // The preview follows the theme and the text: switch to a dark theme and edit the title. The driver waits
  // for both in the webview.
  await vscode.commands.executeCommand('notifications.clearAll');
  const dark = waitFor(
    vscode.window.onDidChangeActiveColorTheme,
    () => (vscode.window.activeColorTheme.kind === vscode.ColorThemeKind.Dark ? true : undefined),
    'the dark theme',
  );
  await vscode.workspace
    .getConfiguration('workbench')
    .update('colorTheme', 'Dark Modern', vscode.ConfigurationTarget.Global);
  await dark;
  const titleLine = document.lineAt(title.line);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, titleLine.range.end, ' (edited)');
  assert(await vscode.workspace.applyEdit(edit), 'the title edit applies');
  log('Theme switched to dark and the title edited');

  // Back to the title for the screenshot, which the driver takes before its last click.
  const titleKey = positionOf(document, /\n {2}(briefTitle):/);
  const last = waitFor(
    vscode.window.onDidChangeTextEditorSelection,
    (event) =>
      event?.textEditor.document === document && event.selections[0]?.active.isEqual(title)
        ? true
        : undefined,
    'the driver to take the screenshot and click the title again',
    30_000,
  );
  target.selection = new vscode.Selection(titleKey, titleKey);
  target.revealRange(new vscode.Range(titleKey, titleKey), vscode.TextEditorRevealType.AtTop);
  await last;
}

/** An ACT draft whose deadlines are far ahead, so that the lens reads the same whatever day the test runs. */
const LENS_TRIAL = `statusModule:
  overallStatus: NOT_YET_RECRUITING
  startDateStruct:
    date: 2098-01-01
    type: ESTIMATED
  primaryCompletionDateStruct:
    date: 2098-06
    type: ESTIMATED
oversightModule:
  isFdaRegulatedDrug: true
designModule:
  studyType: INTERVENTIONAL
  phases:
    - PHASE3
`;

/** Scenario "deadline lens": the registry deadlines above statusModule, from the language server's code lens. */
async function testDeadlineLens(): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ language: 'trial-yaml', content: LENS_TRIAL });
  await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
  // The server has the document once its diagnostics are in.
  await diagnosticsWith(document.uri, 'brief-title-required', 'diagnostics of the lens draft');
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
    'vscode.executeCodeLensProvider',
    document.uri,
  );
  const titles = lenses.map((lens) => lens.command?.title ?? '');
  assert(
    titles.includes('ACT · register by 2098-01-22 · results due 2099-06-30'),
    `the deadline lens (got ${JSON.stringify(titles)})`,
  );
  const lens = lenses.find((each) => each.command?.title.startsWith('ACT'));
  assert(lens?.range.start.line === 0, `the lens is above statusModule (line ${lens?.range.start.line})`);
  log(`Deadline lens: ${lens.command?.title}`);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

export async function run(): Promise<void> {
  const started = Date.now();
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert(extension, `extension ${EXTENSION_ID} is installed`);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  assert(folder, 'a workspace folder is open');
  const config = await readConfig(folder);

  const uri = vscode.Uri.joinPath(folder, MAIN_EXAMPLE);
  const document = await vscode.workspace.openTextDocument(uri);
  assert(
    document.languageId === 'trial-yaml',
    `${MAIN_EXAMPLE} opens as trial-yaml (got ${document.languageId})`,
  );
  await extension.activate();
  assert(extension.isActive, 'the extension is active');
  log(`Activated in ${Date.now() - started} ms`);

  await testCommands(folder, config);
  const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
  await testLanguageFeatures(document);
  await testPreview(editor);
  await testDeadlineLens();
  log(`All passed in ${Date.now() - started} ms`);
}
