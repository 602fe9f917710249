import type { Formatter } from './formatter.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import { summary } from './summary.js';

/** Output formats by the name given to `--format`. */
export const formatters = { github, json, junit, sarif, stylish, summary } satisfies Record<
  string,
  Formatter
>;

export type FormatterName = keyof typeof formatters;

export function isFormatterName(name: string): name is FormatterName {
  return Object.hasOwn(formatters, name);
}

export type { Formatter, FormatterContext } from './formatter.js';
export { sourceExcerpt, type SourceExcerpt } from './source-excerpt.js';
export {
  escapeJsonUnsafe,
  startsWorkflowCommand,
  visiblePathAtLineStart,
  visibleLines,
  visibleText,
} from './visible-text.js';
