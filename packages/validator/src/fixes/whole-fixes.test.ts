import { loadTrial } from '@trialyaml/core';
import { describe, expect, it } from 'vitest';
import { defineRule, type RuleReport, type Rule } from '../engine/rule.js';
import { lintTrial } from '../engine/lint-trial.js';
import { applyFixes } from './apply-fixes.js';
import type { FixOperation, TextEdit } from './fix-operation.js';
import { applyWholeFixes, editsConflict } from './whole-fixes.js';

const edit = (offset: number, endOffset: number, text: string): TextEdit => ({ offset, endOffset, text });

describe('applyWholeFixes: a fix goes in whole or not at all', () => {
  // "abcdefghij"; fixes in the order given, the first that fits wins.
  const cases: Array<{ name: string; fixes: TextEdit[][]; text: string; applied: number[] }> = [
    {
      name: 'two fixes whose edits overlap in part: the second is left entirely (before: its other edit went in)',
      fixes: [
        [edit(0, 1, 'A'), edit(4, 6, 'X')],
        [edit(5, 7, 'Y'), edit(8, 9, 'I')],
      ],
      text: 'AbcdXghij',
      applied: [0],
    },
    {
      name: 'the overlap on the second fix’s last edit: its first edit is not made either',
      fixes: [[edit(6, 8, 'X')], [edit(0, 1, 'A'), edit(2, 3, 'C'), edit(7, 9, 'Y')]],
      text: 'abcdefXij',
      applied: [0],
    },
    {
      name: 'the order given decides, not the position: a later-placed fix given first wins',
      fixes: [
        [edit(8, 9, 'I'), edit(4, 6, 'X')],
        [edit(0, 1, 'A'), edit(5, 7, 'Y')],
      ],
      text: 'abcdXghIj',
      applied: [0],
    },
    {
      name: 'two fixes inserting at one place: the second, with its other edit, waits',
      fixes: [
        [edit(3, 3, '+'), edit(0, 1, 'A')],
        [edit(9, 10, 'J'), edit(3, 3, '-')],
      ],
      text: 'Abc+defghij',
      applied: [0],
    },
    {
      name: 'an insertion strictly inside a replacement conflicts; at its edges it does not',
      fixes: [[edit(2, 5, 'X')], [edit(3, 3, '!'), edit(0, 1, 'A')], [edit(2, 2, '<'), edit(5, 5, '>')]],
      text: 'ab<X>fghij',
      applied: [0, 2],
    },
    {
      name: 'edits that only touch all go in, in order of position',
      fixes: [[edit(2, 4, 'X')], [edit(0, 2, 'Y')], [edit(4, 4, '+'), edit(4, 6, 'Z')]],
      text: 'YX+Zghij',
      applied: [0, 1, 2],
    },
    {
      name: 'a fix whose own edits overlap is left out, and the next one still fits',
      fixes: [[edit(1, 3, 'X'), edit(2, 4, 'Y')], [edit(1, 2, 'B')]],
      text: 'aBcdefghij',
      applied: [1],
    },
    {
      name: 'a fix with an edit outside the text is left out whole',
      fixes: [[edit(0, 1, 'A'), edit(9, 12, 'Z')], [edit(1, 2, 'B')]],
      text: 'aBcdefghij',
      applied: [1],
    },
    {
      name: 'an empty fix applies nothing and counts for nothing',
      fixes: [[], [edit(1, 2, 'B')]],
      text: 'aBcdefghij',
      applied: [1],
    },
  ];

  it.each(cases)('$name', ({ fixes, text, applied }) => {
    expect(applyWholeFixes('abcdefghij', fixes)).toEqual({ text, applied });
  });

  it('returns the same text when no fix fits', () => {
    const text = 'abc';
    const result = applyWholeFixes(text, [[edit(2, 9, 'x')]]);
    expect(result).toEqual({ text, applied: [] });
  });
});

/** The obvious quadratic reading of "whole fixes, first that fits wins", to hold the fast one to. */
function wholeFixesByHand(text: string, fixes: TextEdit[][]): { text: string; applied: number[] } {
  const taken: TextEdit[] = [];
  const applied: number[] = [];
  fixes.forEach((fix, index) => {
    const fits = fix.every(
      (e, i) =>
        e.offset >= 0 &&
        e.offset <= e.endOffset &&
        e.endOffset <= text.length &&
        fix.slice(0, i).every((other) => !editsConflict(e, other)) &&
        taken.every((other) => !editsConflict(e, other)),
    );
    if (!fix.length || !fits) return;
    taken.push(...fix);
    applied.push(index);
  });
  // Applied back to front, one at a time (touching edits: a replacement ending where an insertion is goes first).
  let result = text;
  const ordered = [...taken].sort((a, b) => b.offset - a.offset || b.endOffset - a.endOffset);
  for (const e of ordered) result = result.slice(0, e.offset) + e.text + result.slice(e.endOffset);
  return { text: result, applied };
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('property: applyWholeFixes equals applying whole fixes only', () => {
  it('2,000 random sets of fixes on a 40-character text, counted, from a fixed seed', () => {
    const random = seededRandom(0x17e);
    const text = 'abcdefghijklmnopqrstuvwxyz0123456789ABCD';
    let partlyOverlapping = 0;
    for (let run = 0; run < 2000; run++) {
      const fixes: TextEdit[][] = [];
      const fixCount = 1 + Math.floor(random() * 6);
      for (let f = 0; f < fixCount; f++) {
        const fix: TextEdit[] = [];
        const edits = 1 + Math.floor(random() * 3);
        for (let e = 0; e < edits; e++) {
          const offset = Math.floor(random() * (text.length + 1));
          const length = random() < 0.3 ? 0 : Math.floor(random() * 4);
          fix.push(edit(offset, Math.min(text.length, offset + length), `<${run}.${f}.${e}>`));
        }
        fixes.push(fix);
      }
      const expected = wholeFixesByHand(text, fixes);
      const result = applyWholeFixes(text, fixes);
      expect(result, `run ${run}: ${JSON.stringify(fixes)}`).toEqual(expected);
      // Every fix left out conflicts with one applied (or with itself): nothing that fitted was dropped.
      for (let f = 0; f < fixes.length; f++) {
        if (result.applied.includes(f)) continue;
        const fix = fixes[f] as TextEdit[];
        const takenEdits = result.applied.filter((a) => a < f).flatMap((a) => fixes[a] as TextEdit[]);
        const blocked = fix.some(
          (e, i) =>
            takenEdits.some((other) => editsConflict(e, other)) ||
            fix.slice(0, i).some((other) => editsConflict(e, other)),
        );
        expect(blocked, `run ${run}: fix ${f} fitted but was left out`).toBe(true);
        // Left out although some of its edits would have fitted: the case whole fixes are about.
        if (fix.some((e) => !takenEdits.some((other) => editsConflict(e, other)))) partlyOverlapping++;
      }
    }
    expect(partlyOverlapping).toBeGreaterThan(200);
  });

  it('100,000 one-edit fixes given back to front, on a 1 MB text, in one pass', () => {
    const text = 'abcdefghij'.repeat(100_000);
    const fixes: TextEdit[][] = [];
    for (let i = 100_000 - 1; i >= 0; i--) fixes.push([edit(i * 10 + 2, i * 10 + 3, 'C')]);
    const result = applyWholeFixes(text, fixes);
    expect(result.applied.length).toBe(100_000);
    expect(result.text).toBe('abCdefghij'.repeat(100_000));
  });
});

// --fix end to end, with rules whose fixes have several edits: the rules here exist only for these tests.
const text =
  'identificationModule:\n  briefTitle: old\n  officialTitle: orig\n  acronym: OLD\n  orgStudyIdInfo:\n    id: X1\n';

type Module = Record<string, unknown>;

/** A rule that reports while `wants` holds, offering `fix` when it gives one. */
function fixRule(
  id: string,
  pointer: string,
  wants: (module: Module) => boolean,
  fix: (module: Module) => FixOperation[] | undefined,
): Rule {
  return defineRule(
    {
      id,
      defaultSeverity: 'warning',
      category: 'text',
      description: 'Require a test value',
      registry: 'tool',
      source: 'TrialYAML',
      fixable: true,
    },
    ({ trial, report }) => {
      const module = (trial.identificationModule ?? {}) as Module;
      if (!wants(module)) return;
      const operations = fix(module);
      const finding: RuleReport = { pointer, message: `${id} wants a change` };
      if (operations) finding.fix = operations;
      report(finding);
    },
  );
}

const replace = (key: string, value: string): FixOperation => ({
  op: 'replace',
  pointer: `/identificationModule/${key}`,
  value,
});

describe('applyFixes applies a fix of several edits whole or not at all', () => {
  // "first" reports on briefTitle (line 2), "second" on acronym (line 4): findings come in order of lines, and
  // before, the edits of "second" that did not overlap were made anyway (acronym: NEW beside "by first").
  const cases: Array<{
    name: string;
    first: (module: Module) => FixOperation[] | undefined;
    second: (module: Module) => FixOperation[] | undefined;
    expected: string;
  }> = [
    {
      name: 'both replace officialTitle: the second fix leaves acronym too',
      first: (m) =>
        m.briefTitle === 'old'
          ? [replace('briefTitle', 'new'), replace('officialTitle', 'by first')]
          : undefined,
      second: (m) =>
        m.officialTitle === 'orig'
          ? [replace('officialTitle', 'by second'), replace('acronym', 'NEW')]
          : undefined,
      expected: 'briefTitle: new\n  officialTitle: by first\n  acronym: OLD\n',
    },
    {
      name: 'the shared edit is the second fix’s last one',
      first: (m) => (m.officialTitle === 'orig' ? [replace('officialTitle', 'by first')] : undefined),
      second: (m) =>
        m.officialTitle === 'orig'
          ? [replace('acronym', 'NEW'), replace('officialTitle', 'by second')]
          : undefined,
      expected: 'briefTitle: old\n  officialTitle: by first\n  acronym: OLD\n',
    },
    {
      name: 'both add a key to one mapping (one place of insertion)',
      first: (m) =>
        m.briefTitle === 'old' && !('keywords' in m)
          ? [
              { op: 'add-key', pointer: '/identificationModule', key: 'keywords', value: 'first' },
              replace('briefTitle', 'new'),
            ]
          : undefined,
      second: (m) =>
        !('keywords' in m) && !('nctIdAliases' in m)
          ? [
              replace('acronym', 'NEW'),
              { op: 'add-key', pointer: '/identificationModule', key: 'nctIdAliases', value: ['x'] },
            ]
          : undefined,
      expected: 'briefTitle: new\n  officialTitle: orig\n  acronym: OLD\n',
    },
  ];

  it.each(cases)('$name', ({ first, second, expected }) => {
    // "first" reports while it has a fix to offer; "second" while acronym is OLD, which its fix would change.
    const rules = [
      fixRule('test-first', '/identificationModule/briefTitle', (m) => first(m) !== undefined, first),
      fixRule('test-second', '/identificationModule/acronym', (m) => m.acronym === 'OLD', second),
    ];
    const options = {
      rules,
      settings: new Map(rules.map((rule) => [rule.meta.id, 'warning' as const])),
      asOf: '2026-11-21',
    };
    expect(
      lintTrial(text, options)
        .report.findings.filter((f) => f.fix)
        .map((f) => f.ruleId),
    ).toEqual(['test-first', 'test-second']);
    const result = applyFixes(text, options);
    expect(result.notApplied).toBeUndefined();
    expect(result.fixed).toBe(1);
    expect(result.text).toContain(expected);
    expect(loadTrial(result.text).ok).toBe(true);
    // The fix left out is still a finding.
    expect(lintTrial(result.text, options).report.findings.map((f) => f.ruleId)).toContain('test-second');
  });
});
