import { allRules, lintTrial, presetSettings } from '@trialyaml/validator';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentCache } from './document-cache.js';

const TEXT = 'identificationModule:\n  briefTitle: " padded "\nstatusModule:\n  overallStatus: nope\n';
const OPTIONS = {
  filePath: 'a.trial.yaml',
  rules: allRules,
  settings: presetSettings('recommended', allRules),
  asOf: '2026-11-21',
};
const KEY = {};
const documentAt = (version: number, text = TEXT) =>
  TextDocument.create('file:///a.trial.yaml', 'trial-yaml', version, text);

describe('CachedDocument.lintInSteps', () => {
  it('gives the outcome of lintTrial, from the parse the cache shares, and keeps it', async () => {
    const cached = new DocumentCache().get(documentAt(1));
    const parse = cached.loaded;
    const outcome = await cached.lintInSteps(KEY, OPTIONS);
    expect(outcome?.trial).toBe(parse);
    expect(outcome?.report).toEqual(lintTrial(TEXT, OPTIONS).report);
    expect(cached.lint(KEY, OPTIONS)).toBe(outcome);
    expect(cached.lastLint).toBe(outcome);
  });

  it('runs once for callers asking for the same outcome', async () => {
    const cached = new DocumentCache().get(documentAt(1));
    const first = cached.lintInSteps(KEY, OPTIONS);
    expect(cached.lintInSteps(KEY, OPTIONS)).toBe(first);
    expect(await first).toBeDefined();
  });

  it('gives up, keeping nothing, when a newer version is seen while it runs', async () => {
    const cache = new DocumentCache();
    const cached = cache.get(documentAt(1));
    const running = cached.lintInSteps(KEY, OPTIONS);
    cache.advance('file:///a.trial.yaml', 2);
    expect(cached.retired).toBe(true);
    await expect(running).resolves.toBeUndefined();
    expect(cached.lastLint).toBeUndefined();
    expect(cache.peek('file:///a.trial.yaml')).toBeUndefined();
  });

  it('keeps its version when the document object moves on (updated in place)', () => {
    const cache = new DocumentCache();
    const document = documentAt(1);
    const cached = cache.get(document);
    TextDocument.update(document, [{ text: 'x' }], 2);
    expect(cached.version).toBe(1);
    cache.advance(document.uri, 2);
    expect(cached.retired).toBe(true);
    expect(cache.get(document)).not.toBe(cached);
  });

  it('retires the entry a newer version replaces, and a closed document', () => {
    const cache = new DocumentCache();
    const first = cache.get(documentAt(1));
    const second = cache.get(documentAt(2, `${TEXT}# more\n`));
    expect([first.retired, second.retired]).toEqual([true, false]);
    cache.delete(second.uri);
    expect(second.retired).toBe(true);
  });
});
