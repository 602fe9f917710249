// The extension manifest (package.json) agrees with the code and with the language server: every command is
// contributed and registered, activation is narrow, settings match what the code reads, and the names the client
// and the server share are the same.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DIAGNOSTIC_SOURCE,
  LANGUAGE_ID as SERVER_LANGUAGE_ID,
  SETTINGS_SECTION as SERVER_SETTINGS_SECTION,
  SHOW_RULE_DOCS_COMMAND,
} from '@trialyaml/language-server';
import { describe, expect, it } from 'vitest';
import { CLIENT_ID, LANGUAGE_ID } from '../src/client/client-options.js';
import { DEFAULT_SETTINGS, SETTINGS_SECTION } from '../src/client/settings.js';
import { isTrialyamlDiagnostic } from '../src/preview/preview-problems.js';

const root = join(import.meta.dirname, '..');
const read = (file: string): string => readFileSync(join(root, file), 'utf8');

interface Manifest {
  main: string;
  browser: string;
  engines: { vscode: string };
  activationEvents: string[];
  devDependencies: Record<string, string>;
  capabilities: { untrustedWorkspaces: { supported: boolean | string }; virtualWorkspaces: boolean };
  contributes: {
    languages: Array<{ id: string; aliases: string[]; filenamePatterns: string[]; configuration: string }>;
    grammars: Array<{ language: string; scopeName: string; path: string }>;
    yamlValidation: Array<{ fileMatch: string[]; url: string }>;
    commands: Array<{ command: string; title: string; category: string }>;
    configuration: { properties: Record<string, { default: unknown; scope?: string }> };
    configurationDefaults: Record<string, Record<string, unknown>>;
  };
}

const manifest = JSON.parse(read('package.json')) as Manifest;
const contributed = manifest.contributes.commands.map((command) => command.command).sort();

describe('package.json', () => {
  it('keeps typing typing in trial files: no word suggestions, Enter accepts only a suggestion that changes text', () => {
    const defaults = manifest.contributes.configurationDefaults[`[${LANGUAGE_ID}]`];
    expect(defaults).toMatchObject({
      'editor.wordBasedSuggestions': 'off',
      'editor.acceptSuggestionOnEnter': 'smart',
    });
  });

  it('registers every contributed command, and contributes every registered one', () => {
    const registered = [...read('src/client/activate.ts').matchAll(/registerCommand\('([^']+)'/g)]
      .map((match) => match[1])
      .sort();
    expect(registered).toEqual(contributed);
    for (const command of manifest.contributes.commands) {
      expect(command.command).toMatch(/^trialyaml\.[a-z][A-Za-z]+$/);
      expect(command.category).toBe('TrialYAML');
    }
  });

  it('activates only for trial files and the preview (commands activate by themselves)', () => {
    expect(manifest.activationEvents).toEqual([
      `onLanguage:${LANGUAGE_ID}`,
      'onWebviewPanel:trialyaml.preview',
    ]);
    expect(read('src/preview/preview-panel.ts')).toContain("PREVIEW_VIEW_TYPE = 'trialyaml.preview'");
  });

  it('has a Node and a web entry, built by scripts/build.mjs', () => {
    expect(manifest.main).toBe('./dist/extension.js');
    expect(manifest.browser).toBe('./dist/browser/extension.js');
    expect(read('src/extension.ts')).toContain("'dist', 'server.js'");
    expect(read('src/browser/extension.ts')).toContain("'dist', 'browser', 'server.js'");
  });

  it('targets the oldest VS Code the end-to-end test runs on, with matching API types', () => {
    // The oldest host of the Node end-to-end test (test/e2e/code-server/hosts.json) is the floor the manifest
    // claims; vsce refuses @types/vscode newer than engines.vscode.
    const hosts = JSON.parse(read('test/e2e/code-server/hosts.json')) as Array<{
      name: string;
      vscode: string;
    }>;
    const oldest = hosts.find((host) => host.name === 'oldest');
    const [major, minor] = oldest!.vscode.split('.');
    expect(manifest.engines.vscode).toBe(`^${major}.${minor}.0`);
    expect(manifest.devDependencies['@types/vscode']).toBe(`${major}.${minor}.0`);
  });

  it('declares the trial-yaml language, its YAML grammar, and the schema for the YAML extension', () => {
    const [language] = manifest.contributes.languages;
    expect(language).toMatchObject({ id: LANGUAGE_ID, filenamePatterns: ['*.trial.yaml', '*.trial.yml'] });
    expect(JSON.parse(read(language!.configuration))).toHaveProperty('comments.lineComment', '#');
    const [grammar] = manifest.contributes.grammars;
    expect(grammar?.language).toBe(LANGUAGE_ID);
    expect(JSON.parse(read(grammar!.path))).toMatchObject({
      scopeName: grammar!.scopeName,
      patterns: [{ include: 'source.yaml' }],
    });
    expect(manifest.contributes.yamlValidation).toEqual([
      { fileMatch: language!.filenamePatterns, url: './dist/schemas/trial.schema.json' },
    ]);
    expect(read('scripts/build.mjs')).toContain("join(root, 'dist', 'schemas', 'trial.schema.json')");
  });

  it('declares the settings the code reads, with the same defaults', () => {
    const properties = manifest.contributes.configuration.properties;
    const defaults = Object.fromEntries(
      Object.entries(properties).map(([key, value]) => [key, value.default]),
    );
    expect(defaults).toEqual({
      [`${SETTINGS_SECTION}.asOf`]: DEFAULT_SETTINGS.asOf ?? '',
      [`${SETTINGS_SECTION}.trace.server`]: DEFAULT_SETTINGS.trace.server,
      [`${SETTINGS_SECTION}.preview.showProblems`]: DEFAULT_SETTINGS.preview.showProblems,
      [`${SETTINGS_SECTION}.preview.scrollPreviewWithEditor`]:
        DEFAULT_SETTINGS.preview.scrollPreviewWithEditor,
      [`${SETTINGS_SECTION}.ctgov.apiBaseUrl`]: DEFAULT_SETTINGS.ctgov.apiBaseUrl,
    });
    // The language client reads `<client id>.trace.server`.
    expect(properties[`${CLIENT_ID}.trace.server`]?.scope).toBe('window');
    // A workspace must not redirect where records are fetched from.
    expect(properties[`${SETTINGS_SECTION}.ctgov.apiBaseUrl`]?.scope).toBe('application');
  });

  it('says how it behaves in restricted and virtual workspaces', () => {
    expect(manifest.capabilities).toEqual({
      untrustedWorkspaces: { supported: true },
      virtualWorkspaces: true,
    });
  });
});

describe('names shared with the language server', () => {
  it('agree', () => {
    expect(LANGUAGE_ID).toBe(SERVER_LANGUAGE_ID);
    expect(SETTINGS_SECTION).toBe(SERVER_SETTINGS_SECTION);
    expect(contributed).toContain(SHOW_RULE_DOCS_COMMAND);
    expect(isTrialyamlDiagnostic({ severity: 0, message: '', source: DIAGNOSTIC_SOURCE })).toBe(true);
  });
});
