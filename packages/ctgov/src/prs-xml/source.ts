import {
  escapePointerToken,
  isPlainObject,
  joinPointer,
  schemaAtPointer,
  unescapeMarkup,
} from '@trialyaml/core';
import type { NotExportedField, PrsNote } from './report.js';
import { withoutInvalidChars } from './xml.js';

/** What the XML writer read from the trial, and why it left out what it did not read. */
export class Usage {
  readonly used = new Set<string>();
  readonly reasons = new Map<string, string>();
  readonly notes: PrsNote[] = [];

  constructor(readonly keepMarkupEscapes: boolean) {}

  note(pointer: string, message: string): void {
    this.notes.push({ pointer, message });
  }
}

/**
 * A part of the trial being exported. Every read marks the value as carried into the XML, so that afterwards
 * everything the XML does not carry can be listed ({@link notExported}); text reads also make the text safe for
 * XML (characters XML cannot hold are dropped and noted).
 */
export class Source {
  constructor(
    readonly value: unknown,
    readonly pointer: string,
    private readonly usage: Usage,
  ) {}

  /** Whether this part is in the trial (an object or list, possibly empty). */
  get exists(): boolean {
    return this.value !== undefined;
  }

  /** A value without marking it as carried into the XML (to decide what to do with it). */
  peek(key: string): unknown {
    return this.raw(key);
  }

  /** Whether the key has a value. Does not count as reading it. */
  has(key: string): boolean {
    return isPlainObject(this.value) && this.value[key] !== undefined;
  }

  at(key: string | number): string {
    return joinPointer(this.pointer, key);
  }

  private raw(key: string | number): unknown {
    if (isPlainObject(this.value)) return this.value[String(key)];
    if (Array.isArray(this.value) && typeof key === 'number') return this.value[key] as unknown;
    return undefined;
  }

  private mark(key: string | number): void {
    this.usage.used.add(this.at(key));
  }

  /** Makes text safe for XML 1.0, noting what had to go. */
  private safe(text: string, pointer: string): string {
    const { text: cleaned, removed } = withoutInvalidChars(text);
    if (removed) {
      this.usage.note(
        pointer,
        `${removed} character${removed === 1 ? '' : 's'} that XML cannot hold (control characters) left out.`,
      );
    }
    return cleaned;
  }

  /** A string value (plain text field). */
  text(key: string): string | undefined {
    const value = this.raw(key);
    if (typeof value !== 'string') return undefined;
    this.mark(key);
    return this.safe(value, this.at(key));
  }

  /** A code (enum value), unmodified. */
  code(key: string): string | undefined {
    const value = this.raw(key);
    if (typeof value !== 'string') return undefined;
    this.mark(key);
    return value;
  }

  /** A markup (CommonMark) field as the upload's plain text. */
  markup(key: string): string | undefined {
    const value = this.raw(key);
    if (typeof value !== 'string') return undefined;
    this.mark(key);
    return this.safe(this.usage.keepMarkupEscapes ? value : unescapeMarkup(value), this.at(key));
  }

  bool(key: string): boolean | undefined {
    const value = this.raw(key);
    if (typeof value !== 'boolean') return undefined;
    this.mark(key);
    return value;
  }

  integer(key: string): number | undefined {
    const value = this.raw(key);
    if (typeof value !== 'number' || !Number.isInteger(value)) return undefined;
    this.mark(key);
    return value;
  }

  /** A nested object (an absent one reads as an empty Source). */
  object(key: string): Source {
    const value = this.raw(key);
    if (!isPlainObject(value)) return new Source(undefined, this.at(key), this.usage);
    this.mark(key);
    return new Source(value, this.at(key), this.usage);
  }

  /** The items of a list of objects. */
  list(key: string): Source[] {
    const value = this.raw(key);
    if (!Array.isArray(value)) return [];
    this.mark(key);
    const pointer = this.at(key);
    return value.map((item: unknown, index) => new Source(item, joinPointer(pointer, index), this.usage));
  }

  /** The strings of a list of strings (or codes), each with its pointer. */
  texts(key: string, options: { raw?: boolean } = {}): Array<{ value: string; pointer: string }> {
    const value = this.raw(key);
    if (!Array.isArray(value)) return [];
    this.mark(key);
    const pointer = this.at(key);
    const out: Array<{ value: string; pointer: string }> = [];
    value.forEach((item: unknown, index) => {
      if (typeof item !== 'string') return;
      const at = joinPointer(pointer, index);
      this.usage.used.add(at);
      out.push({ value: options.raw ? item : this.safe(item, at), pointer: at });
    });
    return out;
  }

  /** Says why a field (and everything under it) is not carried into the XML. */
  skip(key: string, reason: string): void {
    if (!this.has(key)) return;
    this.usage.reasons.set(this.at(key), reason);
  }

  /** Says why this whole part is not carried into the XML. */
  skipAll(reason: string): void {
    if (this.exists) this.usage.reasons.set(this.pointer, reason);
  }
}

function isSystem(path: string): boolean {
  // The field or any of its parents is assigned by the registry.
  for (let at = path; at; at = at.slice(0, at.lastIndexOf('/'))) {
    if (schemaAtPointer(at)?.['x-system'] === true) return true;
  }
  return false;
}

/** Why the schema says a field is not uploaded; by path with `*` for list indices, so it can be cached. */
function schemaReason(path: string): string {
  if (schemaAtPointer(path) === undefined) return 'not a field of the trial format';
  if (isSystem(path)) return 'assigned by ClinicalTrials.gov; not part of an upload';
  return 'no element for it in the PRS upload schema';
}

/**
 * Everything in the trial that the XML does not carry, as the largest untouched parts (a whole `geoPoint`
 * rather than its `lat` and `lon`), grouped across list items: paths have `*` for list indices.
 */
export function notExported(trial: unknown, usage: Usage): NotExportedField[] {
  const found: Array<{ order: number; path: string; reason: string }> = [];
  const schemaReasons = new Map<string, string>();
  const reasonOf = (path: string, explicit: string | undefined): string => {
    if (explicit !== undefined) return explicit;
    let reason = schemaReasons.get(path);
    if (reason === undefined) schemaReasons.set(path, (reason = schemaReason(path)));
    return reason;
  };
  let visited = 0;
  // Returns the reason when the whole part is left out for one reason, so that its parent may be reported
  // instead. `explicit` is the reason the writer gave for this part or one of its parents.
  const walk = (
    value: unknown,
    pointer: string,
    path: string,
    inherited: string | undefined,
  ): string | undefined => {
    const explicit = usage.reasons.get(pointer) ?? inherited;
    let children: Array<[segment: string, child: unknown, wild: string]>;
    if (Array.isArray(value)) children = value.map((child: unknown, index) => [String(index), child, '*']);
    else if (isPlainObject(value))
      children = Object.entries(value).map(([key, child]) => [
        escapePointerToken(key),
        child,
        escapePointerToken(key),
      ]);
    else children = [];
    if (!children.length) return usage.used.has(pointer) ? undefined : reasonOf(path, explicit);
    const parts = children.map(([segment, child, wild]) => {
      const order = visited++;
      const reason = walk(child, `${pointer}/${segment}`, `${path}/${wild}`, explicit);
      return { order, path: `${path}/${wild}`, reason };
    });
    const first = parts[0]?.reason;
    if (pointer && first !== undefined && parts.every((part) => part.reason === first)) return first;
    for (const part of parts) if (part.reason !== undefined) found.push({ ...part, reason: part.reason });
    return undefined;
  };
  walk(trial, '', '', undefined);
  found.sort((a, b) => a.order - b.order);
  const groups = new Map<string, NotExportedField>();
  for (const { path, reason } of found) {
    const key = `${path}\u0000${reason}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { path, count: 1, reason });
  }
  return [...groups.values()];
}
