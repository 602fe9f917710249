import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './paths.js';

/**
 * Core is the one place for what every package needs to know about a trial: labels, the eligibility-criteria
 * reader, markup unescaping, pointers, the object guard, the new-trial template. This test fails when another
 * package's sources grow their own copy again (the copies had drifted before they were merged).
 */

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist' || name === 'generated') continue;
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (/\.ts$/.test(name) && !/\.test\.ts$/.test(name)) out.push(path);
  }
  return out;
}

const allSources = ['packages/core', 'packages/validator', 'packages/ctgov', 'packages/preview']
  .concat(['packages/language-server', 'apps/cli', 'apps/vscode'])
  .flatMap((folder) => sources(join(repoRoot, folder, 'src')))
  .map((path) => ({ path: relative(repoRoot, path), text: readFileSync(path, 'utf8') }));

/** What must have one home: the pattern of a copy, and the only file allowed to hold it. */
const copies: Array<[what: string, pattern: RegExp, home: string]> = [
  [
    'an object guard (isPlainObject)',
    /!Array\.isArray\((\w+)\)[^;\n]*typeof \1 === 'object'|typeof (\w+) === 'object'[^;\n]*!Array\.isArray\(\2\)/,
    'packages/core/src/object.ts',
  ],
  [
    'a criteria heading pattern (hasCriteriaHeading / splitCriteria)',
    /(inclusion|exclusion)[^'"`\n]*\\s\+?\)?\s*criteria|\(inclusion\|exclusion\)|(inclusion|exclusion)\[ \\t\]\+criteria/i,
    'packages/core/src/text/eligibility-criteria.ts',
  ],
  ['a CommonMark unescape (unescapeMarkup)', /\\\(\[!-\//, 'packages/core/src/text/markup.ts'],
  ['JSON pointer escaping (escapePointerToken)', /replace\(\/~\/g, '~0'\)/, 'packages/core/src/pointer.ts'],
  [
    'an enum label table (enumLabel)',
    /'Active, not recruiting'|'Enrolling by invitation'|'None \(Open Label\)'|'Single Group Assignment'/,
    'schemas/trial.schema.json',
  ],
  [
    'a new-trial template (newTrialSnippet / newTrialDraft)',
    /orgStudyIdInfo:\s*\n\s+id: /,
    'packages/core/src/write/new-trial-template.ts',
  ],
];

describe('one source of trial knowledge', () => {
  it('finds the sources of every package', () => {
    expect(allSources.length).toBeGreaterThan(200);
  });

  it.each(copies)('only %s has a home, and one', (_what, pattern, home) => {
    const found = allSources.filter((file) => pattern.test(file.text)).map((file) => file.path);
    expect(found.filter((path) => path !== home)).toEqual([]);
    if (home.startsWith('packages/')) expect(found).toEqual([home]);
  });
});
