import { describe, expect, it } from 'vitest';
import { clientFeaturesFrom } from '../service/client-features.js';
import { serverCapabilities, usesPullDiagnostics } from './capabilities.js';

describe('server capabilities', () => {
  it('pull diagnostics only for clients that pull', () => {
    expect(serverCapabilities({ textDocument: { diagnostic: {} } }).diagnosticProvider).toEqual({
      identifier: 'trialyaml',
      interFileDependencies: false,
      workspaceDiagnostics: false,
    });
    expect(serverCapabilities({}).diagnosticProvider).toBeUndefined();
    expect(usesPullDiagnostics({})).toBe(false);
  });

  it('prepareRename and lazy code actions follow the client', () => {
    const full = serverCapabilities({
      textDocument: {
        rename: { prepareSupport: true },
        codeAction: { resolveSupport: { properties: ['edit'] } },
      },
    });
    expect(full.renameProvider).toEqual({ prepareProvider: true });
    expect(full.codeActionProvider).toMatchObject({ resolveProvider: true });
    const bare = serverCapabilities({});
    expect(bare.renameProvider).toBe(true);
    expect(bare.codeActionProvider).toMatchObject({
      resolveProvider: false,
      codeActionKinds: ['quickfix', 'source.fixAll.trialyaml'],
    });
  });
});

describe('client features', () => {
  it('read from the client capabilities', () => {
    expect(clientFeaturesFrom({})).toEqual({
      snippets: false,
      insertTextModeAsIs: false,
      markdown: false,
      snippetEdits: false,
      codeActionResolve: false,
      hierarchicalSymbols: false,
      insertSnippetCommand: false,
    });
    expect(
      clientFeaturesFrom(
        {
          workspace: { workspaceEdit: { documentChanges: true, snippetEditSupport: true } },
          textDocument: {
            completion: {
              completionItem: { snippetSupport: true, insertTextModeSupport: { valueSet: [1] } },
            },
            hover: { contentFormat: ['markdown'] },
            codeAction: { resolveSupport: { properties: ['edit'] } },
            documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          },
        },
        { insertSnippetCommand: true },
      ),
    ).toEqual({
      snippets: true,
      insertTextModeAsIs: true,
      markdown: true,
      snippetEdits: true,
      codeActionResolve: true,
      hierarchicalSymbols: true,
      insertSnippetCommand: true,
    });
    // Only the option's exact value counts.
    expect(clientFeaturesFrom({}, { insertSnippetCommand: 'yes' }).insertSnippetCommand).toBe(false);
  });
});
