import { isPlainObject, joinPointer } from '@trialyaml/core';

/**
 * A value somewhere in the (untrusted, possibly invalid) trial data, with its JSON pointer. Reading a
 * child of something that is not a mapping or a list gives an absent field, never an exception, so the
 * renderers can walk any input.
 */
export class Field {
  constructor(
    readonly value: unknown,
    readonly pointer: string,
  ) {}

  static root(value: unknown): Field {
    return new Field(value, '');
  }

  /** The child at `key` of a mapping (own properties only). */
  at(key: string): Field {
    const value = isPlainObject(this.value) && Object.hasOwn(this.value, key) ? this.value[key] : undefined;
    return new Field(value, joinPointer(this.pointer, key));
  }

  /** Follows several keys. */
  path(...keys: string[]): Field {
    return keys.reduce<Field>((field, key) => field.at(key), this);
  }

  /** The elements of a list (none when the value is not a list). */
  items(): Field[] {
    if (!Array.isArray(this.value)) return [];
    const out: Field[] = new Array<Field>(this.value.length);
    for (let index = 0; index < this.value.length; index++) {
      out[index] = new Field(this.value[index] as unknown, joinPointer(this.pointer, index));
    }
    return out;
  }

  /** True when the value is absent, null, a blank string or an empty list. */
  get isEmpty(): boolean {
    const value = this.value;
    if (value === undefined || value === null) return true;
    if (typeof value === 'string') return value.trim() === '';
    if (Array.isArray(value)) return value.length === 0;
    return false;
  }

  get isPresent(): boolean {
    return !this.isEmpty;
  }

  get isRecord(): boolean {
    return isPlainObject(this.value);
  }

  get isList(): boolean {
    return Array.isArray(this.value);
  }

  /** The value as display text: strings as they are, numbers and booleans converted; else undefined. */
  text(): string | undefined {
    const value = this.value;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'bigint') return String(value);
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    // A YAML 1.1 reader turns unquoted dates into Date objects: show them as the date they were.
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
    return undefined;
  }

  /** The value if it is a string (enum codes, markup); else undefined. */
  string(): string | undefined {
    return typeof this.value === 'string' ? this.value : undefined;
  }

  /** The value if it is a finite number (or a numeric string); else undefined. */
  number(): number | undefined {
    const value = this.value;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
    return undefined;
  }

  /** The value if it is a boolean; else undefined. */
  boolean(): boolean | undefined {
    return typeof this.value === 'boolean' ? this.value : undefined;
  }
}

/** A short, single-line rendering of any value for "invalid value" notes (never throws). */
export function previewValue(value: unknown, max = 80): string {
  let text: string;
  try {
    text =
      typeof value === 'string'
        ? JSON.stringify(value)
        : typeof value === 'bigint'
          ? String(value)
          : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Array.isArray(value) ? '[…]' : typeof value === 'object' ? '{…}' : typeof value;
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
