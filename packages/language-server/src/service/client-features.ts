import type { ClientCapabilities } from 'vscode-languageserver';

/** What the client can take, as far as the language service's answers depend on it. */
export interface ClientFeatures {
  /** Completion items may be snippets (`${1:placeholder}`). */
  snippets: boolean;
  /** Completion items may say `insertTextMode: asIs` (their multi-line text is indented already). */
  insertTextModeAsIs: boolean;
  /** Documentation may be Markdown. */
  markdown: boolean;
  /** Workspace edits may hold snippet text edits (LSP 3.18), used for the reason placeholder of a suppression. */
  snippetEdits: boolean;
  /** Code actions may be sent without their edit and resolved when chosen (`codeAction/resolve`). */
  codeActionResolve: boolean;
  /** Document symbols may be nested. */
  hierarchicalSymbols: boolean;
  /**
   * The client runs `trialyaml.insertSnippet` (initialization option `insertSnippetCommand: true`): quick fixes
   * that add missing content come as snippets with tab stops and choices, else as plain text.
   */
  insertSnippetCommand: boolean;
}

/** What an in-process caller gets by default: everything VS Code supports, edits computed eagerly. */
export const DEFAULT_CLIENT_FEATURES: ClientFeatures = {
  snippets: true,
  insertTextModeAsIs: true,
  markdown: true,
  snippetEdits: false,
  codeActionResolve: false,
  hierarchicalSymbols: true,
  insertSnippetCommand: false,
};

/** Reads the features from an `initialize` request's client capabilities and initialization options. */
export function clientFeaturesFrom(
  capabilities: ClientCapabilities,
  initializationOptions?: unknown,
): ClientFeatures {
  const text = capabilities.textDocument;
  const completionItem = text?.completion?.completionItem;
  return {
    snippets: completionItem?.snippetSupport === true,
    insertTextModeAsIs: completionItem?.insertTextModeSupport?.valueSet.includes(1) === true,
    markdown:
      (text?.hover?.contentFormat ?? []).includes('markdown') ||
      (completionItem?.documentationFormat ?? []).includes('markdown'),
    snippetEdits:
      capabilities.workspace?.workspaceEdit?.snippetEditSupport === true &&
      capabilities.workspace.workspaceEdit.documentChanges === true,
    codeActionResolve: text?.codeAction?.resolveSupport?.properties.includes('edit') === true,
    hierarchicalSymbols: text?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
    insertSnippetCommand:
      typeof initializationOptions === 'object' &&
      initializationOptions !== null &&
      (initializationOptions as { insertSnippetCommand?: unknown }).insertSnippetCommand === true,
  };
}
