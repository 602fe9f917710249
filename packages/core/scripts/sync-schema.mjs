// Copies the format's JSON Schema (the one source of truth, schemas/trial.schema.json) into core's sources so
// it is compiled into the package and shipped with it.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const from = resolve(here, '../../../schemas/trial.schema.json');
const to = resolve(here, '../src/generated/trial.schema.json');
mkdirSync(dirname(to), { recursive: true });
copyFileSync(from, to);
