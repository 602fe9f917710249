// The end-to-end scenarios: one list, run by every host (VS Code for the Web with the extension's browser build,
// and VS Code servers with its Node build; see README.md in this folder). A scenario runs inside the extension
// host and asks the driver (driver/ui-steps.mjs) for what only the browser can do: look at the workbench as an
// author sees it, click in the preview, take screenshots. A feature added here is tested on every host.
import * as vscode from 'vscode';
import {
  assert,
  cursorAt,
  diagnosticsWhere,
  diagnosticsWith,
  editorOf,
  hoverText,
  labelOf,
  log,
  placeCursor,
  poll,
  positionOf,
  ruleIdOf,
  setSetting,
  waitFor,
  type Driver,
  type E2eConfig,
} from './ext-host/harness.js';

export const EXTENSION_ID = 'trialyaml.trialyaml-vscode';
/** The example opened, checked and previewed. */
export const MAIN_EXAMPLE = 'NCT04011033.trial.yaml';
/** An example whose date findings depend on the day (`trialyaml.asOf`). */
const DATED_EXAMPLE = 'NCT05032014.trial.yaml';

export interface ScenarioContext {
  folder: vscode.Uri;
  config: E2eConfig;
  driver: Driver;
}

export interface Scenario {
  id: string;
  title: string;
  /** Where it runs; every host (web and node) and both trust states when left out. */
  hosts?: ReadonlyArray<E2eConfig['hostKind']>;
  trust?: ReadonlyArray<E2eConfig['trust']>;
  run(context: ScenarioContext): Promise<void>;
}

/** Opens a workspace file in the first editor column. */
async function openTrial(context: ScenarioContext, name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(context.folder, name));
  return vscode.window.showTextDocument(document, vscode.ViewColumn.One);
}

/** The quick fixes the editor offers at a range, as the light bulb asks for them. */
function quickFixesAt(
  uri: vscode.Uri,
  range: vscode.Range,
  options: { resolveEdits?: boolean } = {},
): Thenable<Array<vscode.CodeAction | vscode.Command>> {
  return vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    vscode.CodeActionKind.QuickFix.value,
    // Resolve the edits (the server computes them lazily, on codeAction/resolve).
    ...(options.resolveEdits ? [10] : []),
  );
}

interface WorkbenchTexts {
  texts: string[];
}

/** The quick input box as the driver saw it. */
interface QuickInputState {
  value: string;
  message: string;
}

const activation: Scenario = {
  id: 'activation',
  title: 'Opening a *.trial.yaml activates the extension',
  async run(context) {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert(extension, `extension ${EXTENSION_ID} is installed`);
    // Only a trial file activates it (activationEvents: onLanguage:trial-yaml), so nothing has yet.
    assert(!extension.isActive, 'the extension is not active before a trial file is opened');
    const editor = await openTrial(context, MAIN_EXAMPLE);
    const language = editor.document.languageId;
    assert(language === 'trial-yaml', `${MAIN_EXAMPLE} opens as trial-yaml (got ${language})`);
    await poll(() => (extension.isActive ? true : undefined), 'the extension to activate');
    if (context.config.hostKind === 'node') {
      // The Node build (package.json "main") runs in a Node extension host, as on the desktop.
      const node = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
      assert(node, 'the extension host is a Node process');
      assert(
        extension.extensionKind === vscode.ExtensionKind.Workspace,
        'the extension runs in the workspace (Node) extension host',
      );
      log(`Node extension host: Node ${node}`);
    }
    const bar = await context.driver.step<WorkbenchTexts>('statusBar', { until: ['Trial YAML'] });
    assert(
      bar.texts.some((text) => text.includes('Trial YAML')),
      `the status bar shows the language Trial YAML (got ${bar.texts.join(' | ')})`,
    );
  },
};

const diagnostics: Scenario = {
  id: 'diagnostics',
  title: 'Registry checks appear with their rule ids, also in the Problems panel',
  async run(context) {
    const { document } = await openTrial(context, MAIN_EXAMPLE);
    const expected = ['official-title-required', 'start-date-required', 'fda-regulated-flags-required'];
    const found = await diagnosticsWhere(
      document.uri,
      (ids) => expected.every((id) => ids.has(id)),
      `the diagnostics ${expected.join(', ')}`,
      // The first findings wait for the language server to start.
      120_000,
    );
    const ids = [...new Set(found.map(ruleIdOf))];
    assert(
      found.every((diagnostic) => diagnostic.source === 'trialyaml'),
      `every diagnostic comes from trialyaml (sources: ${[...new Set(found.map((d) => d.source))].join(', ')})`,
    );
    log(`Diagnostics: ${found.length} (${ids.join(', ')})`);

    await vscode.commands.executeCommand('workbench.actions.view.problems');
    // The Problems panel lists the findings of the file, first line first: the first one's rule id must show.
    const first = [...found].sort((a, b) => a.range.start.compareTo(b.range.start))[0];
    assert(first, 'a first diagnostic');
    const firstId = ruleIdOf(first);
    const panel = await context.driver.step<WorkbenchTexts>('problems', {
      until: [firstId],
      shot: 'problems',
    });
    assert(
      panel.texts.some((row) => row.includes(firstId)),
      `the Problems panel shows ${firstId} (rows: ${panel.texts.join(' | ')})`,
    );
    await vscode.commands.executeCommand('workbench.action.closePanel');
  },
};

const completion: Scenario = {
  id: 'completion',
  title: 'Completion of keys and of enum values',
  async run(context) {
    // Keys: in an empty module, the module's fields.
    const draft = await vscode.workspace.openTextDocument({
      language: 'trial-yaml',
      content: 'identificationModule:\n  \n',
    });
    const keys = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      draft.uri,
      new vscode.Position(1, 2),
    );
    const keyLabels = keys.items.map(labelOf);
    assert(
      keyLabels.includes('briefTitle') && keyLabels.includes('officialTitle'),
      `key completions in identificationModule: ${keyLabels.join(', ')}`,
    );
    log(`Key completion in identificationModule: ${keyLabels.length} items`);

    // Enum values: the overall status codes, through the API and in the editor's suggest widget.
    const { document } = await openTrial(context, MAIN_EXAMPLE);
    const status = positionOf(document, /overallStatus: (COMPLETED)/);
    const completions = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      status,
    );
    const labels = completions.items.map(labelOf);
    assert(
      labels.includes('RECRUITING') && labels.includes('NOT_YET_RECRUITING'),
      `status completions: ${labels.join(', ')}`,
    );
    log(`Completion at overallStatus: ${labels.length} items`);

    await vscode.commands.executeCommand('notifications.clearAll');
    placeCursor(document, status);
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    const widget = await context.driver.step<WorkbenchTexts>('suggest', {
      until: ['RECRUITING'],
      shot: 'completion',
    });
    assert(
      widget.texts.some((label) => label.includes('RECRUITING')),
      `the suggest widget offers status codes (got ${widget.texts.join(' | ')})`,
    );
    // Each row shows the code's label; an interventional study is offered no expanded-access status.
    assert(
      widget.texts.some((row) => row.includes('RECRUITING') && row.includes('Recruiting')),
      `the status rows show their labels (got ${widget.texts.join(' | ')})`,
    );
    assert(
      !widget.texts.some((row) => /AVAILABLE|APPROVED_FOR_MARKETING/.test(row)),
      `no expanded-access status for an interventional study (got ${widget.texts.join(' | ')})`,
    );

    // Choosing an enum key opens the list of its values at once, with their labels.
    const fresh = await vscode.workspace.openTextDocument({
      language: 'trial-yaml',
      content: 'designModule:\n  studyType: OBSERVATIONAL\nstatusModule:\n  overall',
    });
    await vscode.window.showTextDocument(fresh, vscode.ViewColumn.One);
    placeCursor(fresh, fresh.lineAt(3).range.end);
    await vscode.commands.executeCommand('cursorLineEnd');
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    await context.driver.step<WorkbenchTexts>('suggest', { until: ['overallStatus'], accept: true });
    await poll(() => (fresh.lineAt(3).text === '  overallStatus: ' ? true : undefined), 'the key inserted');
    const values = await context.driver.step<WorkbenchTexts>('suggest', { until: ['Not yet recruiting'] });
    assert(
      values.texts.some((row) => row.includes('NOT_YET_RECRUITING') && row.includes('Not yet recruiting')),
      `after the key, its values with their labels (got ${values.texts.join(' | ')})`,
    );
    assert(
      !values.texts.some((row) => /AVAILABLE|APPROVED_FOR_MARKETING/.test(row)),
      `no expanded-access status for an observational study (got ${values.texts.join(' | ')})`,
    );
    log(`Choosing overallStatus opened its values: ${values.texts.length} rows`);
  },
};

const hover: Scenario = {
  id: 'hover',
  title: "Hover on a key shows the schema's documentation",
  async run(context) {
    const { document } = await openTrial(context, MAIN_EXAMPLE);
    await diagnosticsWith(document.uri, 'official-title-required', 'the server to check the file');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      positionOf(document, /\n {2}(briefTitle):/),
    );
    const text = hoverText(hovers);
    assert(/title/i.test(text), `hover on briefTitle: ${text}`);
    log(`Hover on briefTitle: ${text.slice(0, 80).replace(/\s+/g, ' ')}…`);
  },
};

const restartServer: Scenario = {
  id: 'restart-server',
  title: 'Restart Server: the new server checks the file again',
  async run(context) {
    const { document } = await openTrial(context, MAIN_EXAMPLE);
    const uri = document.uri;
    await diagnosticsWith(uri, 'official-title-required', 'diagnostics before the restart');
    const again = waitFor(
      vscode.languages.onDidChangeDiagnostics,
      (event) => (event?.uris.some((changed) => changed.toString() === uri.toString()) ? true : undefined),
      'diagnostics from the restarted server',
      120_000,
    );
    await vscode.commands.executeCommand('trialyaml.restartServer');
    await again;
    await diagnosticsWith(uri, 'official-title-required', 'diagnostics after the restart');
  },
};

const quickFix: Scenario = {
  id: 'quick-fix',
  title: 'A quick fix is offered in the editor and applied',
  async run(context) {
    const { document } = await openTrial(context, MAIN_EXAMPLE);
    const uri = document.uri;
    await diagnosticsWith(uri, 'start-date-required', 'the start-date-required diagnostic');
    const missingType = vscode.languages
      .getDiagnostics(uri)
      .find((diagnostic) => ruleIdOf(diagnostic) === 'start-date-required');
    assert(missingType, 'a start-date-required diagnostic');
    const actions = await quickFixesAt(uri, missingType.range, { resolveEdits: true });
    const fix = actions.find(
      (action): action is vscode.CodeAction =>
        'edit' in action && action.edit !== undefined && /ACTUAL/.test(action.title),
    );
    assert(
      fix?.edit,
      `a quick fix adding type: ACTUAL (got ${actions.map((action) => action.title).join(' | ')})`,
    );

    // The quick-fix menu at the diagnostic, as an author opens it (Ctrl+.).
    await vscode.commands.executeCommand('notifications.clearAll');
    placeCursor(document, missingType.range.start);
    await vscode.commands.executeCommand('editor.action.quickFix');
    const menu = await context.driver.step<WorkbenchTexts>('quickFix', {
      until: [fix.title],
      shot: 'quick-fix',
    });
    assert(
      menu.texts.some((row) => row.includes(fix.title)),
      `the quick-fix menu offers "${fix.title}" (got ${menu.texts.join(' | ')})`,
    );

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
    // Scenarios are independent: later ones expect the example's findings as they are on disk.
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    log(`Quick fix "${fix.title}": applied, diagnostic gone`);
  },
};

const TITLE = '[data-pointer="/identificationModule/briefTitle"]';

/** The id of the built-in Dark Modern theme: `Default Dark Modern` until VS Code renamed it `Dark Modern`. */
function darkModernTheme(): string {
  const themes = (
    vscode.extensions.getExtension('vscode.theme-defaults')?.packageJSON as
      { contributes?: { themes?: Array<{ id?: string }> } } | undefined
  )?.contributes?.themes;
  const ids = themes?.map((theme) => theme.id) ?? [];
  const id = ['Dark Modern', 'Default Dark Modern'].find((candidate) => ids.includes(candidate));
  assert(id, `a Dark Modern theme among ${ids.join(', ')}`);
  return id;
}

const preview: Scenario = {
  id: 'preview',
  title: 'The preview opens beside the editor and follows the cursor, clicks, the theme and edits',
  async run(context) {
    const editor = await openTrial(context, MAIN_EXAMPLE);
    const { document } = editor;
    const nctId = 'NCT04011033';
    await vscode.commands.executeCommand('trialyaml.openPreviewToSide');
    const tab = await poll(
      () =>
        vscode.window.tabGroups.all
          .flatMap((group) => group.tabs)
          .find(
            (candidate) =>
              candidate.input instanceof vscode.TabInputWebview &&
              candidate.input.viewType.endsWith('trialyaml.preview'),
          ),
      'the preview tab',
    );
    assert(
      tab.group.viewColumn !== editor.viewColumn,
      `the preview is beside the editor (preview in column ${tab.group.viewColumn}, editor in ${editor.viewColumn})`,
    );
    const titleMatch = /\n {2}briefTitle: (.+)/.exec(document.getText());
    assert(titleMatch?.[1], `a briefTitle in ${MAIN_EXAMPLE}`);
    const title = titleMatch[1].trim();
    await context.driver.step('previewWait', { of: nctId, selector: TITLE, text: title });
    log('The preview shows the title');

    // A click on the title in the preview puts the editor's cursor on its source.
    const titleValue = positionOf(document, /\n {2}briefTitle: (\S)/);
    const revealed = cursorAt(document, titleValue, 'the editor to reveal the title clicked in the preview');
    await context.driver.step('previewClick', { of: nctId, selector: TITLE });
    await revealed;

    // Moving the cursor marks the value in the preview; a click on the mark comes back to the editor.
    const sexKey = positionOf(document, /\n {2}(sex): /);
    const sexValue = positionOf(document, /\n {2}sex: (\S)/);
    const target = editorOf(document);
    target.selection = new vscode.Selection(sexKey, sexKey);
    const marked = '.ty-sync-target[data-pointer="/eligibilityModule/sex"]';
    const back = cursorAt(document, sexValue, 'the editor to follow the click on the marked value');
    await context.driver.step('previewClick', { of: nctId, selector: marked });
    await back;
    log('Cursor → preview mark → click → cursor: in sync');

    // The preview follows the theme and the text.
    await vscode.commands.executeCommand('notifications.clearAll');
    const dark = waitFor(
      vscode.window.onDidChangeActiveColorTheme,
      () => (vscode.window.activeColorTheme.kind === vscode.ColorThemeKind.Dark ? true : undefined),
      'the dark theme',
    );
    await vscode.workspace
      .getConfiguration('workbench')
      .update('colorTheme', darkModernTheme(), vscode.ConfigurationTarget.Global);
    await dark;
    await context.driver.step('previewWait', { of: nctId, selector: 'html[data-theme="dark"]' });
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.lineAt(titleValue.line).range.end, ' (edited)');
    assert(await vscode.workspace.applyEdit(edit), 'the title edit applies');
    await context.driver.step('previewWait', { of: nctId, selector: TITLE, text: `${title} (edited)` });
    log('The preview followed the dark theme and the edited title');

    // Back to the title: the preview marks it in view; a screenshot of editor and preview side by side.
    const titleKey = positionOf(document, /\n {2}(briefTitle):/);
    target.selection = new vscode.Selection(titleKey, titleKey);
    target.revealRange(new vscode.Range(titleKey, titleKey), vscode.TextEditorRevealType.AtTop);
    await context.driver.step('previewWait', {
      of: nctId,
      selector: `.ty-sync-target${TITLE}`,
      inView: true,
    });
    await context.driver.step('screenshot', { name: 'editor-and-preview' });
  },
};

/**
 * The notification messages, once one says `text`: in the notification center, where every notification stays
 * (toasts come and go, and newer VS Code shows fewer of them).
 */
async function notifications(context: ScenarioContext, text: string): Promise<string[]> {
  await vscode.commands.executeCommand('notifications.showList');
  const { texts } = await context.driver.step<WorkbenchTexts>('notifications', { until: [text] });
  await vscode.commands.executeCommand('notifications.hideList');
  return texts;
}

const commands: Scenario = {
  id: 'commands',
  title: 'New Trial, Import from ClinicalTrials.gov and Export to ClinicalTrials.gov JSON',
  async run(context) {
    const { folder, config } = context;
    // New Trial asks first for the Unique Protocol ID (checked as the schema checks it), then for a file name in
    // the active file's folder named after the ID; it refuses a name that exists and creates the named file.
    await openTrial(context, MAIN_EXAMPLE);
    const created = vscode.commands.executeCommand<vscode.TextEditor | undefined>('trialyaml.newTrial');
    const tooLong = await context.driver.step<QuickInputState>('quickInput', {
      value: '',
      type: 'X'.repeat(31),
      message: 'at most 30',
    });
    assert(
      tooLong.message.includes('Unique Protocol Identification Number is 31 characters long'),
      `New Trial refuses a protocol ID longer than the schema allows (message: "${tooLong.message}")`,
    );
    await context.driver.step<QuickInputState>('quickInput', { type: 'ABC/123', accept: true });
    const asked = await context.driver.step<QuickInputState>('quickInput', { value: 'ABC-123.trial.yaml' });
    assert(
      asked.value === 'ABC-123.trial.yaml',
      `New Trial proposes the file name of the protocol ID ABC/123 (got "${asked.value}")`,
    );
    const taken = await context.driver.step<QuickInputState>('quickInput', {
      type: MAIN_EXAMPLE,
      message: 'already exists',
    });
    assert(
      taken.message.includes(`${MAIN_EXAMPLE} already exists`),
      `New Trial refuses an existing file name (message: "${taken.message}")`,
    );
    await context.driver.step<QuickInputState>('quickInput', { type: 'ABC-123', accept: true });
    const editor = await created;
    assert(editor, 'New Trial opened an editor');
    const uri = editor.document.uri;
    assert(
      !editor.document.isUntitled &&
        uri.toString() === vscode.Uri.joinPath(folder, 'ABC-123.trial.yaml').toString(),
      `New Trial created ABC-123.trial.yaml in the workspace folder (got ${uri.toString(true)})`,
    );
    assert(
      editor.document.languageId === 'trial-yaml',
      `new trial language is ${editor.document.languageId}`,
    );
    const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert(
      onDisk.startsWith('# yaml-language-server: $schema='),
      'the new file starts with the schema modeline',
    );
    assert(onDisk.includes('ipdSharingStatementModule:'), 'the new file has every module');
    assert(
      /\n {2}orgStudyIdInfo:\n {4}id: ABC\/123 #/.test(onDisk),
      'the new file holds the protocol ID as its orgStudyIdInfo.id',
    );
    // The document itself: the command's result may reach the scenario as a copy of its data, without methods.
    const opened = await vscode.workspace.openTextDocument(uri);
    assert(opened.getText() === onDisk, 'the editor shows the template as written to the file');
    const untouched = new TextDecoder().decode(
      await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, MAIN_EXAMPLE)),
    );
    assert(untouched.includes('nctId: NCT04011033'), 'the existing file was not overwritten');
    log(`New Trial: created ${uri.toString(true)} from the template, with the protocol ID`);

    // Without a protocol ID (Escape), New Trial goes on and proposes a draft; Escape then cancels it.
    await openTrial(context, MAIN_EXAMPLE);
    const cancelled = vscode.commands.executeCommand<vscode.TextEditor | undefined>('trialyaml.newTrial');
    await context.driver.step<QuickInputState>('quickInput', { value: '' });
    await context.driver.step('keyboard', { press: ['Escape'] });
    const draft = await context.driver.step<QuickInputState>('quickInput', { value: 'draft.trial.yaml' });
    assert(
      draft.value === 'draft.trial.yaml',
      `without a protocol ID New Trial proposes draft.trial.yaml (got "${draft.value}")`,
    );
    await context.driver.step('keyboard', { press: ['Escape'] });
    assert((await cancelled) === undefined, 'Escape on the file name cancels New Trial');
    log('New Trial without a protocol ID: draft.trial.yaml proposed; Escape cancelled');

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
    await setSetting('ctgov.apiBaseUrl', config.registryBaseUrl);
    const fetched = await vscode.commands.executeCommand<vscode.TextDocument | undefined>(
      'trialyaml.importFromCtgov',
      config.registryNctId,
    );
    assert(fetched, 'import by NCT number opened a document');
    assert(fetched.getText().includes(`nctId: ${config.registryNctId}`), 'the fetched YAML holds the NCT id');
    log(`Import by NCT number: ${fetched.uri.toString(true)}`);

    // Compare with Posted Record: the diff view against the registry's record, one change in registry terms.
    const statusLine = /^( {2}overallStatus: )(\S+)$/m.exec(fetched.getText());
    assert(statusLine, 'the fetched record has an overallStatus line');
    const newStatus = statusLine[2] === 'COMPLETED' ? 'TERMINATED' : 'COMPLETED';
    const statusEdit = new vscode.WorkspaceEdit();
    const statusStart = fetched.positionAt(statusLine.index + statusLine[1]!.length);
    statusEdit.replace(
      fetched.uri,
      new vscode.Range(statusStart, statusStart.translate(0, statusLine[2]!.length)),
      newStatus,
    );
    assert(await vscode.workspace.applyEdit(statusEdit), 'the status edit applied');
    await vscode.window.showTextDocument(fetched);
    const comparison = await vscode.commands.executeCommand<
      { nctId: string; changes: number; posted: vscode.Uri } | undefined
    >('trialyaml.compareWithPosted');
    assert(comparison, 'Compare with Posted Record compared');
    assert(comparison.nctId === config.registryNctId, `compared with ${comparison.nctId}`);
    assert(comparison.changes === 1, `one change in registry terms (got ${comparison.changes})`);
    const diffTab = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    assert(
      diffTab instanceof vscode.TabInputTextDiff &&
        diffTab.original.toString() === comparison.posted.toString() &&
        diffTab.modified.toString() === fetched.uri.toString(),
      'the active tab is the diff of the posted record and the trial',
    );
    const postedText = (await vscode.workspace.openTextDocument(comparison.posted)).getText();
    assert(postedText.includes(`overallStatus: ${statusLine[2]}`), 'the left side is the posted record');
    // The change list in the side bar, by form section, in the registry's words.
    const changeRows = await context.driver.step<WorkbenchTexts>('treeRows', {
      title: 'Changes Since Posted Record',
      until: ['Study Status', 'Overall Recruitment Status'],
      shot: 'posted-changes',
    });
    assert(
      changeRows.texts.some((row) => row.includes('Overall Recruitment Status') && row.includes(newStatus)),
      `the change list shows the status change (rows: ${changeRows.texts.join(' | ')})`,
    );
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.commands.executeCommand('notifications.clearAll');
    log(`Compare with Posted Record: diff view, ${comparison.changes} change`);

    // A record the registry does not have: an error message, no document.
    await vscode.commands.executeCommand('notifications.clearAll');
    const missing = await vscode.commands.executeCommand<vscode.TextDocument | undefined>(
      'trialyaml.importFromCtgov',
      'NCT99999999',
    );
    assert(missing === undefined, 'importing an unknown NCT number opens nothing');
    const refusal = await notifications(context, 'NCT99999999');
    assert(
      refusal.some((text) => text.includes('NCT99999999')),
      `a notification names the unknown NCT number (got ${refusal.join(' | ')})`,
    );
    await vscode.commands.executeCommand('notifications.clearAll');

    // A trial that does not follow the schema is not exported.
    const refused = await vscode.commands.executeCommand<vscode.Uri | undefined>(
      'trialyaml.exportToCtgovJson',
      vscode.Uri.joinPath(folder, config.brokenTrial),
    );
    assert(refused === undefined, 'a trial with schema errors is not exported');
    const why = await notifications(context, 'cannot be exported');
    assert(
      why.some((text) => text.includes(`${config.brokenTrial} cannot be exported`)),
      `a notification says why the broken trial is not exported (got ${why.join(' | ')})`,
    );
    await vscode.commands.executeCommand('notifications.clearAll');
    log('Import of an unknown NCT number and export of a broken trial: refused');

    // Export to registry JSON, next to the trial file.
    const target = await vscode.commands.executeCommand<vscode.Uri | undefined>(
      'trialyaml.exportToCtgovJson',
      vscode.Uri.joinPath(folder, MAIN_EXAMPLE),
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
  },
};

/** The finding's JSON pointer, which the language server puts in the diagnostic's `data` (`{ pointer, missing? }`). */
function pointerOf(diagnostic: vscode.Diagnostic): string {
  const data = (diagnostic as { data?: unknown }).data;
  const pointer = typeof data === 'object' && data !== null ? (data as { pointer?: unknown }).pointer : data;
  return typeof pointer === 'string' ? pointer : '';
}

const recordSummary: Scenario = {
  id: 'record-summary',
  title: 'The record summary in the side bar lists the form sections, and a click reveals the first problem',
  async run(context) {
    const editor = await openTrial(context, MAIN_EXAMPLE);
    // An error the earlier scenarios leave alone (the quick-fix scenario fixes the start date, and the web
    // workbench saves the file after a delay).
    const found = await diagnosticsWhere(
      editor.document.uri,
      (ids) => ids.has('status-verified-date-required'),
      'the diagnostics of the status module',
      120_000,
    );
    // Where the Study Status entry must lead: the line of one of the module's errors.
    const statusErrorLines = new Set(
      found
        .filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error)
        .filter((diagnostic) => pointerOf(diagnostic).startsWith('/statusModule'))
        .map((diagnostic) => diagnostic.range.start.line),
    );
    assert(statusErrorLines.size > 0, 'the status module has errors');
    editor.selection = new vscode.Selection(0, 0, 0, 0);

    await vscode.commands.executeCommand('trialyaml.recordSummary.focus');
    const title = 'Trial Record Summary';
    const rows = await context.driver.step<WorkbenchTexts>('treeRows', {
      title,
      until: ['Study Identification', 'Study Status', 'Study Description'],
    });
    const status = rows.texts.find((row) => row.includes('Study Status'));
    assert(
      status && /\d+ errors?/.test(status),
      `Study Status shows its errors (rows: ${rows.texts.join(' | ')})`,
    );
    assert(
      rows.texts.findIndex((row) => row.includes('Study Identification')) <
        rows.texts.findIndex((row) => row.includes('Study Status')),
      'the sections are in the registry order',
    );
    log(`Record summary: ${rows.texts.slice(0, 4).join(' | ')} ...`);

    // The screenshot for the README: the side bar's summary beside the preview's, once the preview has rendered
    // its summary with the status module's errors (a preview reloading after the earlier scenarios is blank).
    await vscode.commands.executeCommand('trialyaml.openPreviewToSide');
    await context.driver.step('previewWait', {
      of: 'NCT04011033',
      selector: '.ty-record-summary .ty-rs-errors[data-section="statusModule"]',
    });
    await context.driver.step('treeRows', { title, until: ['Study Status'], shot: 'record-summary' });

    await context.driver.step('treeClick', { title, row: 'Study Status' });
    await poll(() => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.toString() === editor.document.uri.toString() &&
        statusErrorLines.has(active.selection.active.line)
        ? true
        : undefined;
    }, 'the editor to reveal the first error of the status module');
    log('A click on Study Status revealed its first error');

    // A finding about a missing module is counted in that module's section (as `lint --format summary` counts
    // it), not on the whole file: the server's diagnostic data names what is missing.
    const withoutIdentification = vscode.Uri.joinPath(context.folder, 'no-identification.trial.yaml');
    const text = editor.document.getText().replace(/^identificationModule:\n(?:[ \t].*\n|\n)*/m, '');
    assert(!text.includes('identificationModule:'), 'the copy has no identification module');
    await vscode.workspace.fs.writeFile(withoutIdentification, new TextEncoder().encode(text));
    const missingEditor = await vscode.window.showTextDocument(
      await vscode.workspace.openTextDocument(withoutIdentification),
      vscode.ViewColumn.One,
    );
    // Its first section, so that its row is in view however short the side bar is.
    const identification = (
      await diagnosticsWhere(
        missingEditor.document.uri,
        (ids) => ids.has('org-study-id-required') && ids.has('brief-title-required'),
        'the findings about the missing identification module',
        120_000,
      )
    ).filter((diagnostic) => ruleIdOf(diagnostic) === 'org-study-id-required');
    assert(
      identification.length === 1 && pointerOf(identification[0]!) === '',
      `the missing module is reported on the file (data: ${JSON.stringify((identification[0] as { data?: unknown } | undefined)?.data)})`,
    );
    const missingRows = await context.driver.step<WorkbenchTexts>('treeRows', {
      title,
      until: ['Study Identification'],
      // One row: other sections of this example are not started and have an error too.
      row: ['Study Identification', 'Not started ·'],
    });
    const identificationRow = missingRows.texts.find((row) => row.includes('Study Identification'));
    assert(
      identificationRow && /Not started · \d+ errors?/.test(identificationRow),
      `Study Identification counts the findings about its missing module (rows: ${missingRows.texts.join(' | ')})`,
    );
    log(`A missing module counts in its section: ${identificationRow}`);
  },
};

const ruleDocs: Scenario = {
  id: 'rule-docs',
  title: '"Show documentation" opens the rule page bundled with the extension, inside the workbench',
  async run(context) {
    // A finding no earlier scenario fixes (quick-fix adds the start date's type).
    const { document } = await openTrial(context, MAIN_EXAMPLE);
    const uri = document.uri;
    await diagnosticsWith(uri, 'official-title-required', 'the official-title-required diagnostic');
    const diagnostic = vscode.languages
      .getDiagnostics(uri)
      .find((candidate) => ruleIdOf(candidate) === 'official-title-required');
    assert(diagnostic, 'an official-title-required diagnostic');
    const actions = await quickFixesAt(uri, diagnostic.range);
    const show = actions.find(
      (action): action is vscode.CodeAction =>
        'command' in action && typeof action.command === 'object' && /documentation/i.test(action.title),
    );
    assert(
      show?.command,
      `a "Show documentation" action (got ${actions.map((action) => action.title).join(' | ')})`,
    );
    // The action names the page by its web address; the extension shows its own copy instead.
    await vscode.commands.executeCommand(show.command.command, ...(show.command.arguments ?? []));
    const page = await context.driver.step<{ heading: string }>('ruleDocsWait', {
      rule: 'official-title-required',
      shot: 'rule-docs',
    });
    assert(
      page.heading === 'official-title-required',
      `the page's heading is the rule id (got ${page.heading})`,
    );
    const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs);
    const tab = tabs.find((candidate) => candidate.label === 'Rule: official-title-required');
    assert(
      tab,
      `a "Rule: official-title-required" tab (tabs: ${tabs.map((candidate) => candidate.label).join(' | ')})`,
    );
    await vscode.window.tabGroups.close(tab);
    log('Show documentation: the bundled rule page, in a webview');
  },
};

/** The labels of the open trial preview tabs. */
function previewTabs(): string[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter(
      (tab) =>
        tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('trialyaml.preview'),
    )
    .map((tab) => tab.label);
}

const previewFollows: Scenario = {
  id: 'preview-follows',
  title: 'The preview follows the active trial editor, and a locked preview stays on its file',
  async run(context) {
    await openTrial(context, MAIN_EXAMPLE);
    await vscode.commands.executeCommand('trialyaml.openPreviewToSide');
    await context.driver.step('previewWait', { of: 'NCT04011033', selector: '.ty-page' });
    const before = previewTabs().length;

    // Another trial file in the editor: the same preview now shows it.
    await openTrial(context, DATED_EXAMPLE);
    await context.driver.step('previewWait', { of: 'NCT05032014', selector: '.ty-page' });
    await poll(
      () => (previewTabs().includes(`Preview ${DATED_EXAMPLE}`) ? true : undefined),
      'the preview tab to name the new file',
    );
    assert(previewTabs().length === before, `no second preview (tabs: ${previewTabs().join(' | ')})`);
    log(`Preview followed the editor to ${DATED_EXAMPLE}`);

    // Locked, it stays on its file when the editor moves on.
    await vscode.commands.executeCommand('trialyaml.togglePreviewLock');
    await poll(
      () => (previewTabs().includes(`[Preview] ${DATED_EXAMPLE}`) ? true : undefined),
      'the preview tab to say it is locked',
    );
    await openTrial(context, MAIN_EXAMPLE);
    await vscode.commands.executeCommand('trialyaml.openPreviewToSide');
    await poll(
      () => (previewTabs().includes(`Preview ${MAIN_EXAMPLE}`) ? true : undefined),
      'a second preview for the other file',
    );
    assert(
      previewTabs().includes(`[Preview] ${DATED_EXAMPLE}`),
      `the locked preview stayed on its file (tabs: ${previewTabs().join(' | ')})`,
    );
    log('A locked preview stays on its file');
    // Leave one unlocked preview, as other scenarios expect.
    for (const group of vscode.window.tabGroups.all) {
      for (const tab of group.tabs)
        if (tab.label === `[Preview] ${DATED_EXAMPLE}`) await vscode.window.tabGroups.close(tab);
    }
  },
};

const typing: Scenario = {
  id: 'typing',
  title:
    'Typing stays typing: no word suggestions in free text, Enter at the end of a value makes a new line',
  async run(context) {
    const { document } = await openTrial(context, MAIN_EXAMPLE);
    const original = document.getText();
    try {
      const title = positionOf(document, /\n {2}briefTitle: (.)/);
      const line = document.lineAt(title.line);
      // The start of a word the title already has: word-based suggestions would offer the word.
      const word = /[A-Za-z]{6,}/.exec(line.text.slice(title.character))?.[0] ?? 'Pembrolizumab';
      const typed = ` ${word.slice(0, 3)}`;
      const lineCount = document.lineCount;
      placeCursor(document, line.range.end);
      // Run in the workbench, after the selection above reached it: the keys go where the cursor is.
      await vscode.commands.executeCommand('cursorLineEnd');
      await context.driver.step('keyboard', { type: typed });
      await poll(
        () => (document.lineAt(title.line).text === `${line.text}${typed}` ? true : undefined),
        'the typed text in the title',
      );
      // Asked for suggestions there, the editor has none: no words of the file, nothing from the server.
      await vscode.commands.executeCommand('editor.action.triggerSuggest');
      const shown = await context.driver.step<{ rows: string[]; message: string }>('suggestShown');
      assert(shown.rows.length === 0, `no suggestions in a title (got ${shown.rows.join(' | ')})`);
      await context.driver.step('keyboard', { press: ['Enter'] });
      await poll(
        () => (document.lineCount === lineCount + 1 ? true : undefined),
        'a new line after the title',
      );
      assert(
        document.lineAt(title.line).text === `${line.text}${typed}`,
        `Enter kept the title as typed (got "${document.lineAt(title.line).text}")`,
      );
      assert(
        document.lineAt(title.line + 1).text.trim() === '',
        `Enter made an empty line (got "${document.lineAt(title.line + 1).text}")`,
      );
      log(`Typed "${typed}" and Enter at the end of the title: a new line, no suggestion accepted`);
    } finally {
      // Back to the text as it was (not a revert: the web workbench may have saved the typing already).
      const restore = new vscode.WorkspaceEdit();
      restore.replace(
        document.uri,
        document.validateRange(new vscode.Range(0, 0, document.lineCount, 0)),
        original,
      );
      await vscode.workspace.applyEdit(restore);
    }
  },
};

const settings: Scenario = {
  id: 'settings',
  title: 'Settings take effect without a reload (trialyaml.asOf, trialyaml.preview.showProblems)',
  async run(context) {
    const { document } = await openTrial(context, DATED_EXAMPLE);
    const uri = document.uri;
    try {
      // The language server re-checks the open file as of the day the setting names.
      await setSetting('asOf', '2000-01-01');
      await diagnosticsWhere(
        uri,
        (ids) => ids.has('verified-date-not-future') && !ids.has('verified-date-stale'),
        'verified-date-not-future as of 2000-01-01',
        120_000,
      );
      // The record is one the registry shows as UNKNOWN: past its dates, one finding says so
      // (verified-date-stale) instead of one per estimated date.
      await setSetting('asOf', '2030-06-01');
      await diagnosticsWhere(
        uri,
        (ids) => ids.has('verified-date-stale') && !ids.has('verified-date-not-future'),
        'verified-date-stale as of 2030-06-01',
      );
      log('trialyaml.asOf: the findings follow the day');

      // The preview shows the file's problems, and stops when the setting says so.
      const nctId = 'NCT05032014';
      await vscode.commands.executeCommand('trialyaml.openPreviewToSide');
      const problem = '.ty-problem[data-rule-id="verified-date-stale"]';
      await context.driver.step('previewWait', { of: nctId, selector: problem });
      await setSetting('preview.showProblems', false);
      await context.driver.step('previewWait', { of: nctId, selector: '.ty-problem', absent: true });
      await setSetting('preview.showProblems', true);
      await context.driver.step('previewWait', { of: nctId, selector: problem });
      log('trialyaml.preview.showProblems: the preview follows');
    } finally {
      await setSetting('asOf', undefined);
      await setSetting('preview.showProblems', undefined);
    }
  },
};

const restrictedMode: Scenario = {
  id: 'restricted-mode',
  title:
    'Restricted Mode: the workspace is untrusted and the extension still runs (untrustedWorkspaces: supported)',
  trust: ['restricted'],
  async run(context) {
    assert(!vscode.workspace.isTrusted, 'the workspace is not trusted');
    const bar = await context.driver.step<WorkbenchTexts>('statusBar', { until: ['Restricted Mode'] });
    assert(
      bar.texts.some((text) => text.includes('Restricted Mode')),
      `the status bar shows Restricted Mode (got ${bar.texts.join(' | ')})`,
    );
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert(extension?.isActive, 'the extension is active in Restricted Mode');
  },
};

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

const deadlineLens: Scenario = {
  id: 'deadline-lens',
  title: "The registry deadlines above statusModule, from the language server's code lens",
  async run() {
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
  },
};

const emptyFileFix: Scenario = {
  id: 'empty-file-fix',
  title: "An empty trial file's quick fix fills it with the template, as a snippet",
  async run(context) {
    const uri = vscode.Uri.joinPath(context.folder, 'empty.trial.yaml');
    await vscode.workspace.fs.writeFile(uri, new Uint8Array());
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const [empty] = await diagnosticsWith(uri, 'syntax', 'the empty-file diagnostic');
    assert(empty, 'the empty-file diagnostic');
    const actions = await quickFixesAt(uri, empty.range);
    const first = actions[0];
    assert(
      first &&
        'isPreferred' in first &&
        first.isPreferred === true &&
        first.title === 'Insert the new-trial template',
      `the template is the first, preferred fix (got ${actions.map((action) => action.title).join(' | ')})`,
    );
    const command = first.command;
    assert(command?.command === 'trialyaml.insertSnippet', `a snippet insertion (got ${command?.command})`);
    const filled = waitFor(
      vscode.languages.onDidChangeDiagnostics,
      () =>
        vscode.languages.getDiagnostics(uri).some((diagnostic) => ruleIdOf(diagnostic) === 'syntax')
          ? undefined
          : true,
      'the empty-file diagnostic to go',
    );
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const text = document.getText();
    assert(
      /^identificationModule:$/m.test(text) && /^eligibilityModule:$/m.test(text),
      'the template is in the file',
    );
    assert(!/\$\{\d/.test(text), 'no snippet syntax is left in the text');
    await filled;
    await vscode.commands.executeCommand('workbench.action.files.revert');
    log('Empty-file fix: the template inserted as a snippet, the diagnostic gone');
  },
};

/**
 * Every scenario, in the order they run. `activation` comes first: it checks that nothing activated the extension
 * before a trial file was opened. The rest are independent of each other.
 */
export const SCENARIOS: readonly Scenario[] = [
  activation,
  diagnostics,
  completion,
  hover,
  quickFix,
  emptyFileFix,
  restartServer,
  preview,
  previewFollows,
  recordSummary,
  ruleDocs,
  commands,
  typing,
  settings,
  deadlineLens,
  restrictedMode,
];
