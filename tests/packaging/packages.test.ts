import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifest, packedFiles, repoRoot } from './pack.js';

const libraries = [
  'packages/core',
  'packages/validator',
  'packages/preview',
  'packages/ctgov',
  'packages/language-server',
];
const publishable = [...libraries, 'apps/cli'];

describe.each(publishable)('%s is publishable', (dir) => {
  const files = packedFiles(dir);

  it('has the manifest fields users and registries need', () => {
    const pkg = manifest(dir);
    for (const field of [
      'name',
      'version',
      'description',
      'license',
      'repository',
      'keywords',
      'engines',
      'files',
    ])
      expect(pkg, field).toHaveProperty(field);
    expect(pkg.license).toBe('MIT');
    expect(pkg.private).toBeUndefined();
  });

  it('ships its README, LICENSE and built code, and nothing of tests, sources, maps or build caches', () => {
    expect(files).toContain('package.json');
    expect(files).toContain('README.md');
    expect(files).toContain('LICENSE');
    const unwanted = files.filter(
      (file) =>
        /(^|\/)(src|test|tests|fixtures|bench|scripts)\//.test(file) ||
        /\.test\.|\.tsbuildinfo$|\.map$/.test(file),
    );
    expect(unwanted).toEqual([]);
  });

  it('declares every package it imports at run time', () => {
    const pkg = manifest(dir) as {
      dependencies?: Record<string, string>;
      peerDependencies?: Record<string, string>;
    };
    const declared = new Set([
      ...Object.keys(pkg.dependencies ?? {}),
      ...Object.keys(pkg.peerDependencies ?? {}),
    ]);
    const imported = new Set<string>();
    for (const file of files.filter((name) => /\.m?js$/.test(name))) {
      const source = readFileSync(join(repoRoot, dir, file), 'utf8');
      for (const match of source.matchAll(
        /(?:^|\n)\s*(?:import|export)[^'"\n]*?from\s*['"]([^'"./][^'"]*)['"]/g,
      )) {
        const specifier = match[1] as string;
        if (specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0] as string))
          continue;
        imported.add(
          specifier.startsWith('@')
            ? specifier.split('/').slice(0, 2).join('/')
            : (specifier.split('/')[0] as string),
        );
      }
    }
    expect([...imported].filter((name) => !declared.has(name)).sort()).toEqual([]);
  });
});

describe.each(libraries)('%s exports', (dir) => {
  it('lists "types" first in every export condition', () => {
    const exportsField = manifest(dir).exports as Record<string, unknown>;
    for (const [subpath, target] of Object.entries(exportsField)) {
      if (typeof target === 'object' && target !== null)
        expect(Object.keys(target)[0], subpath).toBe('types');
    }
  });

  it('ships every file its exports point at', () => {
    const files = packedFiles(dir);
    const targets = Object.values(manifest(dir).exports as Record<string, unknown>).flatMap((target) =>
      typeof target === 'string' ? [target] : Object.values(target as Record<string, string>),
    );
    for (const target of targets) expect(files, target).toContain(target.replace(/^\.\//, ''));
  });
});
