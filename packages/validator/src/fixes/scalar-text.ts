import { Scalar, stringify } from 'yaml';

/** A value written as an inline YAML scalar: plain when YAML reads it back the same, quoted otherwise. */
export function inlineScalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  return stringify(new Scalar(value), { lineWidth: 0, defaultStringType: 'PLAIN' }).replace(/\n$/, '');
}
