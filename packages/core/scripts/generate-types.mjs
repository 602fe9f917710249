// Generates src/generated/trial-types.ts from schemas/trial.schema.json. The schema is the source of truth;
// a test (src/generated/types-drift.test.ts) fails when the committed types no longer match it.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const here = dirname(fileURLToPath(import.meta.url));
export const schemaPath = resolve(here, '../../../schemas/trial.schema.json');
export const typesPath = resolve(here, '../src/generated/trial-types.ts');

const BANNER = `/* eslint-disable */
/**
 * The trial format's TypeScript types, generated from schemas/trial.schema.json by
 * packages/core/scripts/generate-types.mjs. Do not edit by hand: change the schema and run \`npm run generate\`.
 */`;

/** Property titles would become named aliases (type BriefTitle = string); only definitions name types. */
function prepare(schema) {
  const copy = structuredClone(schema);
  const strip = (node, isDefinition) => {
    if (!node || typeof node !== 'object') return;
    if (!isDefinition) delete node.title;
    if (node.$ref) {
      // Siblings of $ref would make the generator mint a copy of the referenced type (Status1, ...).
      for (const key of Object.keys(node)) if (key !== '$ref') delete node[key];
    }
    delete node.defaultSnippets;
    delete node.markdownDescription;
    delete node.markdownEnumDescriptions;
    for (const child of Object.values(node.properties ?? {})) strip(child, false);
    if (node.items) strip(node.items, false);
  };
  strip(copy, true);
  for (const [name, definition] of Object.entries(copy.definitions)) {
    strip(definition, true);
    definition.title = name;
  }
  copy.title = 'Trial';
  return copy;
}

/** The names of the schema's enum definitions, as one union type (what `enumLabel` and `enumValues` take). */
function enumNames(schema) {
  const names = Object.entries(schema.definitions)
    .filter(([, definition]) => Array.isArray(definition.enum))
    .map(([name]) => `  | '${name}'`);
  return `\n/** The name of an enum definition of the schema (\`Status\`, \`Phase\`, ...). */\nexport type EnumName =\n${names.join('\n')};\n`;
}

export async function generateTypes() {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  const types = await compile(prepare(schema), 'Trial', {
    bannerComment: BANNER,
    additionalProperties: false,
    unreachableDefinitions: true,
    declareExternallyReferenced: true,
    enableConstEnums: false,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, printWidth: 110, trailingComma: 'all' },
  });
  return types + enumNames(schema);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(typesPath, await generateTypes());
  console.log(`wrote ${typesPath}`);
}
