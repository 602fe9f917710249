import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { stringifyTrial } from '@trialyaml/core';
import { describe, expect, it } from 'vitest';
import { lintTrial } from '../src/engine/lint-trial.js';
import { presetSettings } from '../src/engine/severity-config.js';
import { applyFixes } from '../src/fixes/apply-fixes.js';
import { allRules } from '../src/rules/index.js';

const samplesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/ctgov-samples');
const samples = readdirSync(samplesDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map(
    (name) =>
      (
        JSON.parse(readFileSync(join(samplesDir, name), 'utf8')) as {
          protocolSection: Record<string, unknown>;
        }
      ).protocolSection,
  )
  // The 1.5 MB record makes each property run slow without adding shapes the others lack.
  .filter((protocol) => JSON.stringify(protocol).length < 200_000);

const settings = presetSettings('strict', allRules);
const lint = (text: string) => lintTrial(text, { rules: allRules, settings, asOf: '2026-11-21' });

/** Every message lies inside the text, and no rule failed. */
function checkMessages(text: string): void {
  const { report } = lint(text);
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  for (const message of report.findings) {
    expect(message.message, `${message.ruleId} crashed`).not.toMatch(/The rule failed on this file/);
    expect(message.line).toBeGreaterThanOrEqual(1);
    expect(message.line).toBeLessThanOrEqual(lines.length);
    expect(message.column).toBeGreaterThanOrEqual(1);
    expect(message.column).toBeLessThanOrEqual((lines[message.line - 1]?.length ?? 0) + 1);
    expect(message.endLine).toBeGreaterThanOrEqual(message.line);
    expect(message.endLine).toBeLessThanOrEqual(lines.length);
    if (message.endLine === message.line) expect(message.endColumn).toBeGreaterThanOrEqual(message.column);
    expect(message.endColumn).toBeLessThanOrEqual((lines[message.endLine - 1]?.length ?? 0) + 1);
  }
}

/** A JSON value of any shape, to drop anywhere in a record. */
const anyValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    'RECRUITING',
    'recruiting',
    'NA',
    '2024-13-40',
    '18 Years',
    'Drug: X',
    'TBD',
    '\t',
    'a\nb',
  ),
  fc.integer({ min: -5, max: 1e6 }),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.integer()), { maxLength: 3 }),
  fc.dictionary(
    fc.constantFrom('label', 'type', 'name', 'date', 'x'),
    fc.oneof(fc.string({ maxLength: 8 }), fc.integer()),
    { maxKeys: 3 },
  ),
);

/** Replaces the value at a random path (chosen by a list of picks) with a new value. */
function setAtRandomPath(data: unknown, picks: number[], value: unknown): unknown {
  const root = structuredClone(data);
  let parent: unknown = root;
  for (const pick of picks) {
    const keys = parent !== null && typeof parent === 'object' ? Object.keys(parent) : [];
    if (!keys.length) break;
    const key = keys[pick % keys.length] as string;
    const child = (parent as Record<string, unknown>)[key];
    if (child === null || typeof child !== 'object' || pick % 4 === 0) {
      (parent as Record<string, unknown>)[key] = value;
      return root;
    }
    parent = child;
  }
  if (parent !== null && typeof parent === 'object') (parent as Record<string, unknown>).x = value;
  return root;
}

describe('property: random edits of real records', () => {
  it('data edits (any value at any path) never crash the loader or a rule, and ranges stay inside the text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...samples),
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        anyValue,
        (sample, picks, value) => {
          checkMessages(stringifyTrial(setAtRandomPath(sample, picks, value)));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('text edits (inserted, deleted and duplicated characters and lines) never crash anything', () => {
    const texts = samples.slice(0, 6).map((sample) => stringifyTrial(sample));
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.array(
          fc.record({
            at: fc.nat(),
            remove: fc.nat({ max: 40 }),
            insert: fc.oneof(
              fc.string({ maxLength: 6 }),
              fc.constantFrom(
                ':',
                '- ',
                '\n',
                '\t',
                '"',
                '&a ',
                '*a',
                '[',
                '{',
                '#',
                '\r\n',
                '\uFEFF',
                '  ',
                '|\n',
              ),
            ),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        (text, edits) => {
          let edited = text;
          for (const edit of edits) {
            const at = edit.at % (edited.length + 1);
            edited = edited.slice(0, at) + edit.insert + edited.slice(at + edit.remove);
          }
          checkMessages(edited);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('--fix on randomly damaged records never crashes and never breaks readable YAML', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...samples),
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        anyValue,
        (sample, picks, value) => {
          const text = stringifyTrial(setAtRandomPath(sample, picks, value));
          const fixed = applyFixes(text, { rules: allRules, settings, asOf: '2026-11-21' });
          expect(lint(fixed.text).trial.ok).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
