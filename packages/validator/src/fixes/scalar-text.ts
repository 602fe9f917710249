import { Scalar, stringify } from 'yaml';

/** A value written as an inline YAML scalar: plain when YAML reads it back the same, quoted otherwise. */
export function inlineScalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  return stringify(new Scalar(value), { lineWidth: 0, defaultStringType: 'PLAIN' }).replace(/\n$/, '');
}

/** Characters JSON leaves raw that YAML does not print raw (DEL, C1 controls, Unicode line breaks, BOM). */

const NOT_PRINTABLE = /[\u007f-\u009f\u2028\u2029\ufeff]/g;

/**
 * A string as one double-quoted line (line breaks escaped), for text that must stay on its line. JSON's escapes
 * are YAML's too; YAML's own writer would fold long or multi-line text over several lines.
 */
export function doubleQuotedScalar(value: string): string {
  return JSON.stringify(value).replace(
    NOT_PRINTABLE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
