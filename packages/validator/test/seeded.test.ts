import { describe, expect, it } from 'vitest';
import * as validator from '../src/index.js';
// @ts-expect-error -- a plain .mjs script without type declarations
import { judgeSeed, seededRecords } from '../scripts/seeded.mjs';
// @ts-expect-error -- a plain .mjs script without type declarations
import { coverage, figures, judge } from '../scripts/precision.mjs';

interface Seed {
  file: string;
  name: string;
  rule: string;
  why: string;
  base: string;
  edits: unknown[];
  text: unknown[];
  expect: Array<{ rule: string; pointer: string | null }>;
  preset: string;
  missed?: string;
  pending?: string;
  differs?: string;
}

interface JudgedSeed {
  seed: Seed;
  text: string;
  changed: boolean;
  expected: Array<{ rule: string; pointer: string | null; found?: validator.Finding }>;
  added: validator.Finding[];
  shown: boolean;
}

const describeFinding = ({ ruleId, severity, pointer, message }: validator.Finding): string =>
  `${severity} ${ruleId} ${pointer ?? ''}: ${message}`;
const ruleIds = validator.allRules.map((rule) => rule.meta.id);

// Seeded records (fixtures/seeded/): a real record with the smallest edit that makes one rule's defect, for the
// rules no posted record can show. Each must get its expected finding (by rule and pointer, never by message), and
// the edit must add no other finding at error or warning: a seeded record is also a realistic record that guards
// against false findings.
describe('seeded records', () => {
  const seeds = seededRecords() as Seed[];
  const judgedOnce = new Map<Seed, JudgedSeed>();
  const judged = (seed: Seed): JudgedSeed => {
    if (!judgedOnce.has(seed)) judgedOnce.set(seed, judgeSeed(validator, seed) as JudgedSeed);
    return judgedOnce.get(seed)!;
  };

  it('each names a rule, says what mistake it is, and expects a finding of that rule', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(81);
    for (const seed of seeds) {
      expect(ruleIds, seed.file).toContain(seed.rule);
      expect(seed.name === seed.rule || seed.name.startsWith(`${seed.rule}.`), seed.file).toBe(true);
      expect(typeof seed.why === 'string' && seed.why.length > 10, seed.file).toBe(true);
      expect(
        seed.expect.some((want) => want.rule === seed.rule),
        seed.file,
      ).toBe(true);
      for (const want of seed.expect) expect(ruleIds, seed.file).toContain(want.rule);
      if (seed.differs !== undefined)
        expect(typeof seed.differs === 'string' && seed.differs.length > 10, seed.file).toBe(true);
    }
  });

  it.each(seeds.map((seed) => [seed.file, seed] as const))(
    '%s: the expected finding, and no other new finding at error/warning',
    (_file, seed) => {
      const { changed, added, expected } = judged(seed);
      expect(changed).toBe(true);
      expect(added.map(describeFinding)).toEqual([]);
      // A known miss (a rule bug, `missed:`) is recorded, not asserted: the rule is being fixed elsewhere.
      if (seed.missed) return;
      expect(expected.filter((want) => !want.found).map((want) => `${want.rule} ${want.pointer}`)).toEqual(
        [],
      );
    },
  );

  it('with the real records, shows every rule fire where it should (or records its known miss)', () => {
    const covered = coverage(ruleIds, figures(judge(validator)), seeds.map(judged)) as Array<{
      rule: string;
      where: string;
      missed: unknown[];
    }>;
    expect(
      covered.filter((entry) => entry.where === 'none' && !entry.missed.length).map((e) => e.rule),
    ).toEqual([]);
  });
});
