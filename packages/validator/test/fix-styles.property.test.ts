import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTrial, stringifyTrial } from '@trialyaml/core';
import { describe, expect, it } from 'vitest';
import { presetSettings } from '../src/engine/severity-config.js';
import { applyFixes } from '../src/fixes/apply-fixes.js';
import { commentsOf } from '../src/fixes/fix-safety.js';
import { allRules } from '../src/rules/index.js';
import {
  StyledYamlWriter,
  seededRandom,
  withLineEndings,
  type LineEndingStyle,
} from './support/yaml-styles.js';

/**
 * `--fix` on real records written in many YAML styles: every result reads, keeps every comment, line break style
 * and BOM, means the same as fixing the plain block form, and a second run changes nothing. Bounded by a count
 * of cases from a fixed seed, never by time.
 */
const CASES = 48;
const SEED = 0x17a;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
type Record = { [key: string]: unknown };
const records: Record[] = [
  ...readdirSync(join(root, 'fixtures/ctgov-samples'))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map(
      (name) =>
        (
          JSON.parse(readFileSync(join(root, 'fixtures/ctgov-samples', name), 'utf8')) as {
            protocolSection: Record;
          }
        ).protocolSection,
    ),
  ...readdirSync(join(root, 'examples'))
    .filter((name) => name.endsWith('.trial.yaml'))
    .sort()
    .map((name) => loadTrial(readFileSync(join(root, 'examples', name), 'utf8')).data as Record),
  // The 1.5 MB record makes each case slow without adding shapes the others lack.
].filter((record) => JSON.stringify(record).length < 200_000);

const options = { rules: allRules, settings: presetSettings('strict', allRules), asOf: '2026-11-21' };

function pickOne<T>(random: () => number, items: readonly T[]): T | undefined {
  return items.length ? items[Math.floor(random() * items.length)] : undefined;
}

/** Every string of the data with a setter, to damage some of them. */
function stringSlots(data: unknown): Array<(value: string) => void> {
  const slots: Array<(value: string) => void> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        if (typeof item === 'string') slots.push((value) => (node[index] = value));
        else walk(item);
      });
    } else if (node !== null && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) {
        if (typeof item === 'string') slots.push((value) => ((node as Record)[key] = value));
        else walk(item);
      }
    }
  };
  walk(data);
  return slots;
}

/** The record with problems `--fix` repairs: blanks around text, a missing or wrong masking level, a wrong enrollment type, arm labels missing from an intervention. */
function damaged(record: Record, random: () => number): Record {
  const data = structuredClone(record) as Record & {
    designModule?: { designInfo?: { maskingInfo?: Record }; enrollmentInfo?: Record };
    armsInterventionsModule?: { interventions?: Array<{ armGroupLabels?: string[] }> };
  };
  const slots = stringSlots(data);
  for (let i = 0; i < 3; i++) {
    const slot = pickOne(random, slots);
    const blank = pickOne(random, ['  ', ' ', '\t']) as string;
    slot?.(random() < 0.5 ? `${blank}fixable text${blank}` : `value with blank after${blank}`);
  }
  const masking = data.designModule?.designInfo?.maskingInfo;
  if (masking) {
    if (!Array.isArray(masking.whoMasked) || !masking.whoMasked.length) masking.whoMasked = ['PARTICIPANT'];
    if (random() < 0.5) delete masking.masking;
    else masking.masking = 'QUADRUPLE';
  }
  const enrollment = data.designModule?.enrollmentInfo;
  if (enrollment && random() < 0.5) enrollment.type = enrollment.type === 'ACTUAL' ? 'ESTIMATED' : 'ACTUAL';
  const intervention = pickOne(random, data.armsInterventionsModule?.interventions ?? []);
  if (intervention?.armGroupLabels?.length) {
    if (random() < 0.5) delete intervention.armGroupLabels;
    else intervention.armGroupLabels = intervention.armGroupLabels.slice(1);
  }
  return data;
}

function lineBreaks(text: string): { crlf: number; lf: number } {
  const crlf = text.split('\r\n').length - 1;
  return { crlf, lf: text.split('\n').length - 1 - crlf };
}

describe('property: --fix on real records in many YAML styles', () => {
  it(`${CASES} styled records: every result reads, keeps comments, line breaks and BOM, matches the block form, and is stable`, () => {
    const random = seededRandom(SEED);
    let withFixes = 0;
    for (let run = 0; run < CASES; run++) {
      const record = records[run % records.length] as Record;
      const data = damaged(record, random);
      const style = pickOne<LineEndingStyle>(random, ['lf', 'crlf', 'mixed']) as LineEndingStyle;
      const bom = random() < 0.3;
      const styled = withLineEndings(
        new StyledYamlWriter(random).document(data as never),
        style,
        bom,
        random,
      );
      const label = `case ${run} (${style}${bom ? ', BOM' : ''})`;

      // The writer itself: the styled text holds exactly the damaged data.
      const read = loadTrial(styled);
      expect(read.problems, label).toEqual([]);
      expect(read.data, label).toEqual(data);

      const fixed = applyFixes(styled, options);
      expect(fixed.notApplied, `${label}: ${fixed.notApplied?.reason}`).toBeUndefined();
      if (fixed.fixed > 0) withFixes++;
      const after = loadTrial(fixed.text);
      expect(after.ok, `${label}: ${after.problems[0]?.message}`).toBe(true);
      expect(commentsOf(fixed.text), label).toEqual(commentsOf(styled));
      expect(fixed.text.startsWith('\uFEFF'), label).toBe(bom);
      const before = lineBreaks(styled);
      const now = lineBreaks(fixed.text);
      if (before.lf === 0) expect(now.lf, label).toBe(0);
      if (before.crlf === 0) expect(now.crlf, label).toBe(0);

      // Same meaning as fixing the record written in plain block style.
      const plain = applyFixes(stringifyTrial(data), options);
      expect(after.data, label).toEqual(loadTrial(plain.text).data);

      const again = applyFixes(fixed.text, options);
      expect(again.fixed, label).toBe(0);
      expect(again.text, label).toBe(fixed.text);
    }
    // The damage must reach the fixer, or the property says nothing.
    expect(withFixes).toBeGreaterThanOrEqual(CASES * 0.9);
  }, 600_000);
});
