// Property: whatever a draft made from the template lacks, applying every preferred quick fix, one after another,
// never breaks the YAML nor writes a key the schema does not know. Seeded; bounded by counts.
import { newTrialDraft } from '@trialyaml/core';
import type { CodeAction, Diagnostic, MarkupContent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { setup, trialDocument } from '../../test/helpers.js';

const DRAFTS = 30;
const MAX_FIXES_PER_DRAFT = 40;

/** A diagnostic's message as text. */
function plain(message: string | MarkupContent): string {
  return typeof message === 'string' ? message : message.value;
}

/** mulberry32: a small seeded generator, so a failure names the draft that shows it. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The template with keys and list entries removed at random: deeper ones less often. */
function randomDraft(seed: number): string {
  const next = random(seed);
  const document = parseDocument(newTrialDraft({ today: '2026-11-21' }));
  const prune = (node: Node | null | undefined, depth: number): void => {
    if (isMap(node)) {
      node.items = node.items.filter(() => next() > 0.35 / depth);
      if (!node.items.length && depth > 1) return;
      for (const pair of node.items) if (isPair(pair)) prune(pair.value as Node, depth + 1);
    } else if (isSeq(node)) {
      node.items = node.items.filter((_item, index) => index > 0 || next() > 0.2);
      for (const item of node.items) prune(item as Node, depth + 1);
    }
  };
  prune(document.contents, 1);
  // An emptied mapping or list would be a "has no value" schema finding: drop such keys instead.
  const clean = (node: Node | null | undefined): boolean => {
    if (isMap(node)) {
      node.items = node.items.filter((pair) => isScalar(pair.key) && clean(pair.value as Node));
      return node.items.length > 0;
    }
    if (isSeq(node)) {
      node.items = node.items.filter((item) => clean(item as Node));
      return node.items.length > 0;
    }
    return node !== null && node !== undefined;
  };
  clean(document.contents);
  return String(document);
}

describe('preferred quick fixes on random drafts from the template', () => {
  it(`keep ${DRAFTS} drafts valid YAML with known keys`, async () => {
    const service = setup();
    let fixesApplied = 0;
    for (let seed = 1; seed <= DRAFTS; seed++) {
      let text = randomDraft(seed);
      let version = 1;
      const tried = new Set<string>();
      for (let step = 0; step < MAX_FIXES_PER_DRAFT; step++) {
        const document = trialDocument(text, `file:///property/draft-${seed}.trial.yaml`);
        const diagnostics = await service.getDiagnostics(
          TextDocument.create(document.uri, 'trial-yaml', version, text),
        );
        let chosen: { diagnostic: Diagnostic; action: CodeAction } | undefined;
        for (const diagnostic of diagnostics) {
          const key = `${String(diagnostic.code)} ${plain(diagnostic.message)}`;
          if (tried.has(key)) continue;
          tried.add(key);
          const actions = await service.getCodeActions(
            TextDocument.create(document.uri, 'trial-yaml', version, text),
            diagnostic.range,
            { diagnostics: [diagnostic] },
          );
          const preferred = actions.find((action) => action.isPreferred && action.edit);
          if (preferred) {
            chosen = { diagnostic, action: preferred };
            break;
          }
        }
        if (!chosen) break;
        const edits = chosen.action.edit?.changes?.[document.uri] ?? [];
        text = TextDocument.applyEdits(TextDocument.create(document.uri, 'trial-yaml', version, text), edits);
        version++;
        fixesApplied++;
        const after = await service.getDiagnostics(
          TextDocument.create(document.uri, 'trial-yaml', version, text),
        );
        const context = `draft ${seed}, after "${chosen.action.title}":\n${text}`;
        expect(
          after.filter((d) => d.code === 'syntax').map((d) => d.message),
          context,
        ).toEqual([]);
        expect(
          after.filter((d) => plain(d.message).startsWith('Unknown key')).map((d) => d.message),
          context,
        ).toEqual([]);
        if (chosen.action.title.startsWith('Add '))
          expect(
            after.filter((d) => d.code === chosen.diagnostic.code && d.message === chosen.diagnostic.message),
            context,
          ).toEqual([]);
      }
    }
    // The drafts lack enough for the property to mean something.
    expect(fixesApplied).toBeGreaterThanOrEqual(DRAFTS * 3);
  }, 600_000);
});
