// Random protocolSections generated from the trial schema (fast-check), for the round-trip property tests.
import { resolveSchema, trialSchema, type SchemaNode } from '@trialyaml/core';
import fc from 'fast-check';

/** Text that YAML (or a careless writer) could turn into something else. */
export const TRICKY_STRINGS: readonly string[] = [
  '',
  ' ',
  '2021',
  '2021-05',
  '2024-05-01',
  '02115',
  '0x1F',
  '1e3',
  '-0',
  '+1',
  '.5',
  '1_000',
  '12:30:00',
  'NA',
  'N/A',
  'yes',
  'No',
  'on',
  'OFF',
  'y',
  'true',
  'False',
  'null',
  'Null',
  '~',
  '.inf',
  '-.Inf',
  '.NaN',
  'trailing space ',
  ' leading space',
  'tab\tinside',
  'ends with tab\t',
  'a: b',
  'key:value',
  '- item',
  '# not a comment',
  'value # not a comment',
  '@at',
  '`tick`',
  '|',
  '>',
  '!tag',
  '&anchor',
  '*alias',
  '%directive',
  '{a: 1}',
  '[1, 2]',
  '"double"',
  "'single'",
  '---',
  '...',
  '? question',
  'Inclusion Criteria:\n\n* Age \\>= 18 years\n* ECOG 0\\-1\n\nExclusion Criteria:\n\n* Pregnancy',
  'A \\[bracketed\\] \\*starred\\* \\<tag\\> \\& more\\.',
  'back\\\\slash and \\ alone',
  'line one\nline two',
  'trailing spaces \nnext line  \n',
  'ends with newlines\n\n\n',
  '\nstarts with a newline',
  '  indented first line\nsecond',
  'windows\r\nline\r\nends',
  'old mac\rline',
  'control \u0001 char',
  'bell\u0007 escape\u001b[0m',
  'delete\u007f',
  'next line\u0085here',
  'line\u2028separator\u2029paragraph',
  'bom\ufeffinside',
  'non-breaking\u00a0space\u00a0',
  'zero\u200bwidth',
  'lone \ud800 surrogate',
  'emoji 😀 and ümlauts ≥ ≤ µ',
  'right-to-left שלום',
  'x'.repeat(250),
  `${'word '.repeat(60)}end`,
];

function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

function stringArbitrary(node: SchemaNode): fc.Arbitrary<string> {
  if (node.pattern) return fc.stringMatching(new RegExp(node.pattern));
  return anyString(node);
}

function anyString(node: SchemaNode): fc.Arbitrary<string> {
  const max = node.maxLength ?? 1000;
  const fits = (text: string): boolean => codePoints(text) <= max;
  const line = fc.oneof(
    fc.constantFrom(...TRICKY_STRINGS.filter((text) => !text.includes('\n'))),
    fc.string({ maxLength: 30 }),
  );
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...TRICKY_STRINGS.filter(fits)) },
    { weight: 2, arbitrary: fc.string({ maxLength: Math.min(max, 40) }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: Math.min(max, 40) }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: Math.min(max, 20) }).filter(fits) },
    {
      weight: 2,
      arbitrary: fc
        .array(line, { minLength: 2, maxLength: 6 })
        .chain((lines) => fc.constantFrom('\n', '\n\n', '\r\n').map((separator) => lines.join(separator)))
        .filter(fits),
    },
  );
}

const cache = new Map<SchemaNode, fc.Arbitrary<unknown>>();

/** An arbitrary for the values a schema node allows (objects get a random subset of their properties). */
export function valueArbitrary(schemaNode: SchemaNode, depth = 0): fc.Arbitrary<unknown> {
  const node = resolveSchema(schemaNode);
  const cached = cache.get(node);
  if (cached) return cached;
  let arbitrary: fc.Arbitrary<unknown>;
  if (node.enum) arbitrary = fc.constantFrom(...node.enum);
  else if (node.type === 'object') {
    const shape: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [key, child] of Object.entries(node.properties ?? {}))
      shape[key] = valueArbitrary(child, depth + 1);
    arbitrary = fc.record(shape, { requiredKeys: (node.required ?? []) as never[] });
  } else if (node.type === 'array') {
    arbitrary = fc.array(node.items ? valueArbitrary(node.items, depth + 1) : fc.constant(null), {
      maxLength: depth < 3 ? 3 : 2,
    });
  } else if (node.type === 'string') arbitrary = stringArbitrary(node);
  else if (node.type === 'integer')
    arbitrary = fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.maxSafeInteger());
  else if (node.type === 'number') arbitrary = fc.double({ noNaN: true, noDefaultInfinity: true });
  else if (node.type === 'boolean') arbitrary = fc.boolean();
  else arbitrary = fc.constant(null);
  cache.set(node, arbitrary);
  return arbitrary;
}

/**
 * Random protocolSections that follow the trial schema, as they come over the wire: passed through
 * JSON.stringify/parse (which, like the registry, cannot send `-0`).
 */
export function protocolSectionArbitrary(): fc.Arbitrary<Record<string, unknown>> {
  return valueArbitrary(trialSchema).map(
    (value) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>,
  );
}
