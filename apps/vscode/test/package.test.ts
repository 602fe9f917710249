// The .vsix that `vsce package --no-dependencies` makes from the build: small, and holding only what VS Code
// loads. Needs `npm run build` first (turbo runs the build before the tests).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));
const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
const vsix = join(root, 'test-artifacts', 'trialyaml.vsix');
const MAX_BYTES = 3 * 1024 * 1024;

/** Exactly what the package holds, besides the manifest files vsce adds. */
const EXPECTED = [
  'CHANGELOG.md',
  'LICENSE',
  'README.md',
  'dist/browser/extension.js',
  'dist/browser/server.js',
  'dist/ThirdPartyNotices.txt',
  'dist/extension.js',
  'dist/schemas/trial.schema.json',
  'dist/server.js',
  'language-configuration.json',
  'media/preview-icon.svg',
  'images/icon.png',
  'media/preview.js',
  'package.json',
  'syntaxes/trial-yaml.tmLanguage.json',
  'media/rule-docs.js',
];

/** The rule pages the build copies from docs/rules, shown offline by "Show documentation". */
const RULE_PAGES = readdirSync(join(root, '..', '..', 'docs', 'rules'))
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .map((name) => `dist/rule-docs/${name}`);

function runVsce(args: string[]): string {
  return execFileSync(process.execPath, [vsce, ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
}

/** The names in a zip file, read from its central directory. */
function zipEntries(file: string): string[] {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error(`${file} is not a zip file`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry in ${file}`);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

beforeAll(() => {
  for (const built of [
    'dist/ThirdPartyNotices.txt',
    'dist/extension.js',
    'dist/server.js',
    'dist/browser/extension.js',
    'dist/browser/server.js',
  ]) {
    if (!existsSync(join(root, built))) throw new Error(`${built} is missing: run \`npm run build\` first.`);
  }
});

describe('the .vsix', () => {
  it('lists only the bundles, the webview files, the schema, the grammar and the manifest', () => {
    const files = runVsce(['ls', '--no-dependencies'])
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .sort();
    expect(files).toEqual([...EXPECTED, ...RULE_PAGES].sort());
    expect(RULE_PAGES.length).toBeGreaterThan(100);
  });

  it('is packaged by vsce package --no-dependencies, under 3 MB', () => {
    mkdirSync(dirname(vsix), { recursive: true });
    const output = runVsce(['package', '--no-dependencies', '-o', vsix]);
    expect(output).toContain('DONE');
    expect(output).not.toMatch(/WARNING/);
    const size = statSync(vsix).size;
    expect(size).toBeGreaterThan(100 * 1024);
    expect(size).toBeLessThan(MAX_BYTES);
    // vsce renames README, CHANGELOG and LICENSE inside the package, and adds its manifests.
    const renamed: Record<string, string> = {
      'README.md': 'readme.md',
      'CHANGELOG.md': 'changelog.md',
      LICENSE: 'LICENSE.txt',
    };
    expect(zipEntries(vsix).sort()).toEqual(
      [
        '[Content_Types].xml',
        'extension.vsixmanifest',
        ...[...EXPECTED, ...RULE_PAGES].map((file) => `extension/${renamed[file] ?? file}`),
      ].sort(),
    );
  });
});
