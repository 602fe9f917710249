// The language client's options, the same for the Node and the browser builds.
import { LANGUAGE_ID } from '@trialyaml/language-server';
import type * as vscode from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient';
import { SETTINGS_SECTION, sanitizeSettings } from './settings.js';

export { LANGUAGE_ID };
export const CLIENT_ID = 'trialyaml';
export const CLIENT_NAME = 'TrialYAML';

/**
 * Trial documents in any scheme (files, untitled drafts, virtual workspaces in VS Code for the Web); settings
 * reach the server through `workspace/configuration`, and every `trialyaml` section it asks for is sanitized.
 */
export function createClientOptions(outputChannel: vscode.LogOutputChannel): LanguageClientOptions {
  return {
    documentSelector: [{ language: LANGUAGE_ID }],
    // Quick fixes that add missing content come as snippets through trialyaml.insertSnippet (src/client/insert-snippet.ts).
    initializationOptions: { insertSnippetCommand: true },
    outputChannel,
    traceOutputChannel: outputChannel,
    middleware: {
      workspace: {
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) return result;
          return params.items.map((item, index): unknown =>
            item.section === SETTINGS_SECTION ? sanitizeSettings(result[index]) : result[index],
          );
        },
      },
    },
  };
}
