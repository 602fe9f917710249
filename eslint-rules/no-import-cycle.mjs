// ESLint rule: no module imports itself through others (an import circle), counting type-only imports, re-exports
// and dynamic imports. eslint-plugin-import-x's no-cycle skips type-only imports, and the circles this project had
// were type-only. Only relative imports are followed: packages import each other by name and depend one way
// (no-restricted-imports holds that), so a circle can only run through one package's own files.
import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

/** Where a relative specifier leads: TypeScript sources are imported by their .js names. */
function candidates(specifier, from) {
  const target = resolve(dirname(from), specifier);
  const stem = target.replace(/\.(m|c)?js$/, '');
  const ext = /\.(m|c)?js$/.exec(target)?.[0];
  if (ext) return [`${stem}${ext.replace('js', 'ts')}`, `${stem}${ext.replace('js', 'tsx')}`, target];
  return [
    target,
    `${target}.ts`,
    `${target}.tsx`,
    `${target}.js`,
    `${target}/index.ts`,
    `${target}/index.js`,
  ];
}

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function resolveRelative(specifier, from) {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return undefined;
  return candidates(specifier, from).find(isFile);
}

/** The relative imports of each file read so far, by path, with the modification time they were read at. */
const importsOfFile = new Map();

/** The files `path` imports (relative imports only), read with TypeScript's import scanner. */
function importsOf(path) {
  let modified;
  try {
    modified = statSync(path).mtimeMs;
  } catch {
    return [];
  }
  const known = importsOfFile.get(path);
  if (known?.modified === modified) return known.imports;
  const { importedFiles } = ts.preProcessFile(readFileSync(path, 'utf8'), true, true);
  const imports = [
    ...new Set(importedFiles.map((file) => resolveRelative(file.fileName, path)).filter(Boolean)),
  ];
  importsOfFile.set(path, { modified, imports });
  return imports;
}

/** A way from `start` back to `goal` through imports, as the files on it (from `start`), or undefined. */
function routeBack(start, goal) {
  const cameFrom = new Map([[start, undefined]]);
  const queue = [start];
  while (queue.length) {
    const file = queue.shift();
    for (const next of importsOf(file)) {
      if (next === goal) {
        const route = [file];
        for (let step = cameFrom.get(file); step !== undefined; step = cameFrom.get(step))
          route.unshift(step);
        return route;
      }
      if (cameFrom.has(next)) continue;
      cameFrom.set(next, file);
      queue.push(next);
    }
  }
  return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow import circles between the files of a package, type-only imports included',
    },
    schema: [],
    messages: {
      cycle:
        'Import circle: {{route}}. Move what the files share into a module of their own, which both import.',
    },
  },
  create(context) {
    const filename = context.filename;
    const checked = new Set();
    const check = (node, specifier) => {
      if (typeof specifier !== 'string') return;
      const target = resolveRelative(specifier, filename);
      if (!target || target === filename || checked.has(target)) return;
      checked.add(target);
      const route = routeBack(target, filename);
      if (!route) return;
      const name = (path) => relative(dirname(filename), path) || path;
      context.report({
        node,
        messageId: 'cycle',
        data: { route: [filename, ...route, filename].map(name).join(' → ') },
      });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
