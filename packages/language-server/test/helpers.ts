import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Position } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClientFeatures } from '../src/service/client-features.js';
import { createLanguageService, type LanguageService } from '../src/service/language-service.js';

export const AS_OF = '2026-11-21';
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const examplesDir = join(repoRoot, 'examples');
export const samplesDir = join(repoRoot, 'fixtures/ctgov-samples');

/** Reads an example trial file. */
export function example(name: string): string {
  return readFileSync(join(examplesDir, name), 'utf8');
}

/**
 * Splits a text with a caret (`|`) into the text without it, the caret's offset and its LSP position:
 * `'statusModule:\n  overall|'` → position { line: 1, character: 9 }.
 */
export function caret(marked: string, marker = '|'): { text: string; offset: number; position: Position } {
  const offset = marked.indexOf(marker);
  if (offset === -1) throw new Error(`No caret "${marker}" in ${JSON.stringify(marked)}`);
  const text = marked.slice(0, offset) + marked.slice(offset + marker.length);
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  const character = offset - (before.lastIndexOf('\n') + 1);
  return { text, offset, position: { line, character } };
}

let counter = 0;
/** A trial document with a fresh URI. */
export function trialDocument(text: string, uri = `file:///test/doc-${++counter}.trial.yaml`): TextDocument {
  return TextDocument.create(uri, 'trial-yaml', 1, text);
}

/** A language service as tests want it: fixed day, fixed clock, recommended preset. */
export function setup(features: Partial<ClientFeatures> = {}): LanguageService {
  return createLanguageService({
    lintConfiguration: () => ({ asOf: AS_OF }),
    now: () => new Date(2026, 10, 21, 12),
    clientFeatures: features,
  });
}

/** The document and caret position of a marked text. */
export function at(marked: string): { document: TextDocument; position: Position; text: string } {
  const { text, position } = caret(marked);
  return { document: trialDocument(text), position, text };
}
