import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, it } from 'vitest';
import noImportCycle from '../../eslint-rules/no-import-cycle.mjs';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** A folder holding the given files; the rule reads the files a linted file imports from disk. */
function project(files) {
  const dir = mkdtempSync(join(tmpdir(), 'no-import-cycle-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const dir = project({
  'engine/lint.ts': "import type { Finding } from './finding.js';\nexport const lint = (f: Finding) => f;\n",
  'engine/finding.ts': "import type { LintedTrial } from './lint.js';\nexport type Finding = LintedTrial;\n",
  'a.ts': "import { b } from './b.js';\nexport const a = b;\n",
  'b.ts': "export { c as b } from './sub/c.js';\n",
  'sub/c.ts': "import { a } from '../a.js';\nexport const c = () => a;\n",
  'lazy.ts': "export const load = () => import('./loaded.js');\n",
  'loaded.ts': "import { load } from './lazy.js';\nexport const again = load;\n",
  'leaf.ts': 'export const leaf = 1;\n',
  'uses-leaf.ts':
    "import { leaf } from './leaf.js';\nimport { x } from 'some-package';\nexport const y = leaf + x;\n",
  'index/index.ts': "export * from '../leaf.js';\n",
  'uses-index.ts': "import { leaf } from './index/index.js';\nexport const z = leaf;\n",
});
const file = (path) => join(dir, path);
const read = (path) => readFileSync(file(path), 'utf8');

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

tester.run('no-import-cycle', noImportCycle, {
  valid: [
    { name: 'imports that lead nowhere back', filename: file('uses-leaf.ts'), code: read('uses-leaf.ts') },
    {
      name: 'a re-export that leads nowhere back',
      filename: file('uses-index.ts'),
      code: read('uses-index.ts'),
    },
    { name: 'a file importing nothing', filename: file('leaf.ts'), code: read('leaf.ts') },
  ],
  invalid: [
    {
      name: 'a circle of type-only imports',
      filename: file('engine/lint.ts'),
      code: read('engine/lint.ts'),
      errors: [{ messageId: 'cycle', data: { route: 'lint.ts → finding.ts → lint.ts' } }],
    },
    {
      name: 'a circle through a re-export in another folder',
      filename: file('a.ts'),
      code: read('a.ts'),
      errors: [{ messageId: 'cycle', data: { route: 'a.ts → b.ts → sub/c.ts → a.ts' } }],
    },
    {
      name: 'the re-export in that circle',
      filename: file('b.ts'),
      code: read('b.ts'),
      errors: [{ messageId: 'cycle', data: { route: 'b.ts → sub/c.ts → a.ts → b.ts' } }],
    },
    {
      name: 'a circle through a dynamic import',
      filename: file('lazy.ts'),
      code: read('lazy.ts'),
      errors: [{ messageId: 'cycle', data: { route: 'lazy.ts → loaded.ts → lazy.ts' } }],
    },
    {
      name: 'the file as linted, not as saved: an import just added closes a circle',
      filename: file('leaf.ts'),
      code: "import { y } from './uses-leaf.js';\nexport const leaf = y;\n",
      errors: [{ messageId: 'cycle', data: { route: 'leaf.ts → uses-leaf.ts → leaf.ts' } }],
    },
  ],
});
