import {
  CodeActionKind,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { FIX_ALL_KIND } from '../service/code-actions.js';

/** Whether the client pulls diagnostics (`textDocument/diagnostic`); otherwise the server pushes them. */
export function usesPullDiagnostics(capabilities: ClientCapabilities): boolean {
  return capabilities.textDocument?.diagnostic !== undefined;
}

/** Completion trigger characters: after `key:` and after `- `/`key: ` (a space) the values are offered. */
export const COMPLETION_TRIGGERS = [':', ' '];

/** Everything the server offers, declared once, from what the client can take. */
export function serverCapabilities(capabilities: ClientCapabilities): ServerCapabilities {
  const text = capabilities.textDocument;
  const result: ServerCapabilities = {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false },
    hoverProvider: true,
    codeActionProvider: {
      codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND],
      resolveProvider: text?.codeAction?.resolveSupport?.properties.includes('edit') === true,
    },
    documentSymbolProvider: { label: 'TrialYAML' },
    foldingRangeProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: text?.rename?.prepareSupport === true ? { prepareProvider: true } : true,
    documentFormattingProvider: true,
    codeLensProvider: { resolveProvider: false },
  };
  if (usesPullDiagnostics(capabilities))
    result.diagnosticProvider = {
      identifier: 'trialyaml',
      interFileDependencies: false,
      workspaceDiagnostics: false,
    };
  return result;
}
