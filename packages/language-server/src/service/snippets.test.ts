import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { trialSchema } from '@trialyaml/core';
import { expandSnippet, snippetToYaml } from './snippets.js';

describe('expandSnippet', () => {
  it.each([
    ['${1:Drug X}', 'Drug X'],
    ['${2|A,B|}', 'A'],
    ['Change from baseline in ${1:measure} at ${2:week 12}', 'Change from baseline in measure at week 12'],
    ['$1 and ${2}', ' and '],
    ['${1:outer ${2:inner}}', 'outer inner'],
    ['\\$1 literal', '$1 literal'],
  ])('%s → %s', (snippet, expanded) => {
    expect(expandSnippet(snippet)).toBe(expanded);
  });
});

describe('snippetToYaml', () => {
  it('mappings, lists and nested lists of mappings', () => {
    expect(
      snippetToYaml(
        {
          a: '${1:x}',
          list: ['${2:Drug: X}'],
          contacts: [{ name: '${3:N}', role: 'CONTACT' }],
          geo: { lat: 1 },
        },
        2,
      ),
    ).toBe(
      [
        'a: ${1:x}',
        '  list:',
        '    - "${2:Drug: X}"',
        '  contacts:',
        '    - name: ${3:N}',
        '      role: CONTACT',
        '  geo:',
        '    lat: 1',
      ].join('\n'),
    );
  });

  // Every defaultSnippets body of the schema, once expanded, is YAML that reads back as the body's defaults.
  const snippets = Object.entries(trialSchema.definitions).flatMap(([name, definition]) =>
    (definition.defaultSnippets ?? []).map((snippet) => [`${name}: ${snippet.label}`, snippet.body] as const),
  );
  it.each(snippets)('%s reads back as its body', (_label, body) => {
    const yaml = expandSnippet(snippetToYaml(body, 0));
    const expected = JSON.parse(
      JSON.stringify(body, (_key, value: unknown) =>
        typeof value === 'string' ? expandSnippet(value) : value,
      ),
    ) as unknown;
    expect(parse(yaml)).toEqual(expected);
  });
});
