import fc from 'fast-check';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { applyEdits, randomEdits } from '../../test/random-edits.js';
import { expectSameAsFullParser } from '../../test/same-as-full-parser.js';
import { readBlockYaml } from './block-reader.js';

/**
 * Differential tests of the block reader against the full `yaml` parser on generated block YAML: random trees
 * written with random indentation, scalar styles, comments, blank lines and line endings, then sometimes
 * damaged. Whatever the reader accepts must read exactly as the full parser reads it.
 */

const KEYS = [
  'a',
  'a',
  'b',
  'b',
  'key',
  'k2',
  'with space',
  '-dash',
  'x.y',
  'a#b',
  'é',
  'true',
  '1',
  'null',
  '"q"',
  "'s'",
  'a  ',
];
const PLAIN = [
  'x',
  'hello world',
  '0',
  '-1',
  '+2',
  '007',
  '1.5',
  '.5',
  '1.',
  '1e3',
  '-1E-2',
  '0o17',
  '0x1F',
  '0b1',
  '1_000',
  '.inf',
  '-.Inf',
  '.NaN',
  'nan',
  'true',
  'False',
  'TRUE',
  'yes',
  'no',
  'on',
  '~',
  'null',
  'NULL',
  'Null',
  'a:b',
  'a :b',
  'http://x.org/a?b#c',
  'x # comment',
  'x#y',
  'x, y',
  'x]',
  'x}',
  '-x',
  '--x',
  '2024-01-31',
  '12:30',
  '18 Years',
  '02115-1234',
  '1-2',
  '0x',
  '0o',
  '1e',
  '1e5x',
  '.',
  '+',
  '-.5',
  '1.2.3',
  '12:30:00',
  '+1 555',
  '0o19',
  '0xG',
  '1E+2',
  '00',
  'ünïcödé ✓',
  'a  b',
  '%x',
  '@x',
  '`x',
  '!x',
  '&x',
  '*x',
  '?x',
  ':x',
  '[x]',
  '{x}',
  '- x',
  'a: b',
  'x:',
  '"unterminated',
  "'unterminated",
  '|x',
  '>x',
  'x   ',
  '[]',
  '{}',
  '[ ]',
  '{  }',
  '[] # c',
  '[]x',
  '{}]',
];
const QUOTED = [
  '""',
  "''",
  '"x"',
  "'x'",
  '"it\'s"',
  "'it''s'",
  '"a\\nb"',
  '"tab\\there"',
  '"\\x41\\u00e9\\U0001F600"',
  '"\\ud83d\\ude00"',
  '"back\\\\slash"',
  '"quote\\"d"',
  '"bad\\q"',
  '"\\/ \\0 \\a \\e \\N \\_ \\L \\P"',
  '"a" # c',
  "'a'#c",
  '"a"x',
  '"#"',
  "'a: b'",
  '"\\u12"',
];
const BLOCK_HEADERS = ['|', '|-', '|+', '>', '>-', '>+', '|2', '|-1', '>2', '| # c', '|x', '|0'];
const BLOCK_LINES = [
  'text',
  'more text',
  '',
  '  indented',
  '# not a comment',
  'key: value',
  ' ',
  '- item',
  '   ',
];

type Tree =
  | { kind: 'map'; entries: Array<[string, Tree]> }
  | { kind: 'seq'; items: Tree[] }
  | { kind: 'scalar'; text: string }
  | { kind: 'block'; header: string; lines: string[] }
  | { kind: 'empty' };

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc
      .oneof(fc.constantFrom(...PLAIN), fc.constantFrom(...QUOTED))
      .map((text) => ({ kind: 'scalar' as const, text })),
    fc
      .record({
        header: fc.constantFrom(...BLOCK_HEADERS),
        lines: fc.array(fc.constantFrom(...BLOCK_LINES), { minLength: 0, maxLength: 4 }),
      })
      .map((block) => ({ kind: 'block' as const, ...block })),
    fc.constant({ kind: 'empty' as const }),
    fc
      .array(fc.tuple(fc.constantFrom(...KEYS), tie('node')), { minLength: 1, maxLength: 4 })
      .map((entries) => ({ kind: 'map' as const, entries })),
    fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((items) => ({ kind: 'seq' as const, items })),
  ),
})).node;

interface Style {
  step: number;
  compactLists: boolean;
  comments: boolean[];
  blankLines: boolean[];
}

/** Writes a tree as block YAML; `pick` supplies the random style choices in order. */
function write(root: Tree, style: Style): string {
  let choice = 0;
  const next = (list: boolean[]): boolean => list[choice++ % list.length] ?? false;
  const out: string[] = [];
  const extras = (indent: number): void => {
    if (next(style.blankLines)) out.push('');
    if (next(style.comments)) out.push(`${' '.repeat(Math.max(0, indent - 1))}# note`);
  };
  const scalarText = (node: Tree): string | undefined =>
    node.kind === 'scalar' ? node.text : node.kind === 'empty' ? '' : undefined;
  const block = (node: Tree & { kind: 'block' }, indent: number): void => {
    for (const line of node.lines) out.push(line === '' ? '' : ' '.repeat(indent) + line);
  };
  const value = (node: Tree, indent: number, prefix: string): void => {
    const text = scalarText(node);
    if (text !== undefined) {
      out.push(`${prefix}${text ? ` ${text}` : ''}${next(style.comments) ? ' # c' : ''}`);
    } else if (node.kind === 'block') {
      out.push(`${prefix} ${node.header}`);
      block(node, indent + style.step);
    } else if (node.kind === 'map') {
      out.push(prefix);
      mapping(node, indent + style.step);
    } else if (node.kind === 'seq') {
      out.push(prefix);
      sequence(node, style.compactLists ? indent : indent + style.step);
    }
  };
  const mapping = (node: Tree & { kind: 'map' }, indent: number, firstPrefix?: string): void => {
    node.entries.forEach(([key, child], index) => {
      const lead = index === 0 && firstPrefix !== undefined ? firstPrefix : ' '.repeat(indent);
      value(child, indent, `${lead}${key}:`);
      extras(indent);
    });
  };
  const sequence = (node: Tree & { kind: 'seq' }, indent: number): void => {
    for (const item of node.items) {
      const dash = `${' '.repeat(indent)}-`;
      if (item.kind === 'map') mapping(item, indent + 2, `${dash} `);
      else if (item.kind === 'seq') {
        out.push(dash);
        sequence(item, indent + style.step);
      } else value(item, indent, dash);
      extras(indent);
    }
  };
  if (root.kind === 'map') mapping(root, 0);
  else value(root, 0, 'root:');
  return out.join('\n');
}

const documents = fc
  .record({
    root: tree,
    step: fc.integer({ min: 1, max: 4 }),
    compactLists: fc.boolean(),
    comments: fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
    blankLines: fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
    crlf: fc.boolean(),
    finalNewline: fc.boolean(),
    marker: fc.constantFrom('', '---\n', '--- # doc\n', '# head\n\n'),
  })
  .map(({ root, crlf, finalNewline, marker, ...style }) => {
    let text = marker + write(root, style) + (finalNewline ? '\n' : '');
    if (crlf) text = text.replace(/\n/g, '\r\n');
    return text;
  });

describe('block reader ≡ full parser on generated block YAML', () => {
  it('agrees on whatever it accepts, and accepts most well-formed documents', () => {
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(documents, (text) => {
        runs++;
        if (expectSameAsFullParser(text)) accepted++;
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 3000) },
    );
    expect(accepted / runs).toBeGreaterThan(0.2);
  });

  it('agrees after random damage', () => {
    fc.assert(
      fc.property(
        documents,
        randomEdits(
          fc.constantFrom(
            '',
            ' ',
            '  ',
            '\n',
            '- ',
            ': ',
            ':',
            '#',
            ' #',
            '"',
            "'",
            '|',
            '>',
            '\\',
            'x',
            '\r\n',
            '\r',
            '\t',
            '---\n',
            '...',
            '\n  ',
            '\n- ',
          ),
          { maxRemove: 6, maxEdits: 3 },
        ),
        (text, edits) => {
          const edited = applyEdits(text, edits);
          expectSameAsFullParser(edited);
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 3000) },
    );
  });

  it('resolves plain scalars as YAML 1.2 does (numbers, booleans, nulls, dates, text)', () => {
    const numberish = fc.stringMatching(/^[-+.0-9eExXoabcdfinNITtrueFALS~ :_]{1,8}$/);
    let accepted = 0;
    fc.assert(
      fc.property(numberish, (value) => {
        if (expectSameAsFullParser(`k: ${value}\n`)) accepted++;
      }),
      { numRuns: 4000 },
    );
    expect(accepted).toBeGreaterThan(1000);
  });

  it.each([
    ['a quoted key longer than 1024 characters', `"${'k'.repeat(1100)}": 1\n`],
    ['blanks between a key and its colon past 1024 characters', `a${' '.repeat(1024)}: 1\n`],
    ['a mapping indented 250 columns', `a:\n${' '.repeat(250)}b: 1\n`],
    ['a block scalar indented 205 columns', `a: |\n${' '.repeat(205)}x\n`],
  ])('leaves to the full parser %s', (_name, text) => {
    expect(readBlockYaml(text)).toBeUndefined();
    expectSameAsFullParser(text);
  });

  it('declines documents nested deeper than it reads', () => {
    const deep = Array.from({ length: 70 }, (_, level) => `${' '.repeat(level)}k:`).join('\n') + ' x\n';
    expect(readBlockYaml(deep)).toBeUndefined();
  });
});

describe('memory', () => {
  it('does not keep the buffers a huge document needed once it is read', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    // Array buffers are freed by a background sweeper after a collection: collect, let it run, collect again.
    const held = async (): Promise<number> => {
      for (let round = 0; round < 3; round++) {
        gc();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return process.memoryUsage().arrayBuffers;
    };
    const before = await held();
    let document = readBlockYaml('list:\n' + '  - item\n'.repeat(400_000));
    expect(document?.lineStarts.length).toBe(400_002);
    document = readBlockYaml('a: 1\n');
    expect(document?.data).toEqual({ a: 1 });
    // While growing, the line starts took 2 MB and the node index 11 MB of typed arrays.
    expect((await held()) - before).toBeLessThan(1024 * 1024);
  });
});
