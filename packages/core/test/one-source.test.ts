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

const otherPackages = ['packages/validator', 'packages/ctgov', 'packages/preview', 'packages/language-server']
  .concat(['apps/cli', 'apps/vscode'])
  .flatMap((folder) => sources(join(repoRoot, folder, 'src')))
  .map((path) => ({ path: relative(repoRoot, path), text: readFileSync(path, 'utf8') }));

const copies: Array<[what: string, pattern: RegExp]> = [
  [
    'an object guard (use isPlainObject)',
    /!Array\.isArray\((\w+)\)[^;\n]*typeof \1 === 'object'|typeof (\w+) === 'object'[^;\n]*!Array\.isArray\(\2\)/,
  ],
  [
    'a criteria heading pattern (use hasCriteriaHeading / splitCriteria)',
    /(inclusion|exclusion)[^'"`\n]*\\s\+?\)?\s*criteria|\(inclusion\|exclusion\)/i,
  ],
  ['a CommonMark unescape (use unescapeMarkup)', /replace\(\/\\\\\\\\\(\[/],
  ['JSON pointer escaping (use encodePointer / joinPointer)', /replace\(\/~\/g, '~0'\)/],
  [
    'an enum label table (use enumLabel)',
    /'Active, not recruiting'|'Enrolling by invitation'|'None \(Open Label\)'|'Single Group Assignment'/,
  ],
  ['a new-trial template (use newTrialSnippet / newTrialDraft)', /orgStudyIdInfo:\s*\n\s+id: /],
];

describe('one source of trial knowledge', () => {
  it('finds the sources of the other packages', () => {
    expect(otherPackages.length).toBeGreaterThan(100);
  });

  it.each(copies)('no package but core holds %s', (_what, pattern) => {
    const found = otherPackages.filter((file) => pattern.test(file.text)).map((file) => file.path);
    expect(found).toEqual([]);
  });
});
