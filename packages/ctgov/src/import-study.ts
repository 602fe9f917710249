import {
  DEFAULT_MAX_BYTES,
  MAX_NESTING,
  TRIAL_SCHEMA_ID,
  isPlainObject,
  joinPointer,
  loadTrial,
  stringifyTrial,
  validateTrialSchema,
  type SchemaFinding,
} from '@trialyaml/core';
import { CtgovError } from './errors.js';
import { firstDifference } from './first-difference.js';
import { parseJson } from './parse-json.js';
import { asStudy } from './study-shape.js';

/** Where an imported file's modeline points by default: the schema's published `$id`. */
export const DEFAULT_SCHEMA_REF: string = TRIAL_SCHEMA_ID;

export interface ImportStudyOptions {
  /**
   * The `$schema` of the `# yaml-language-server:` modeline: a URL or a path relative to where the file will
   * live (e.g. `../schemas/trial.schema.json`). Default {@link DEFAULT_SCHEMA_REF}; `false` writes no modeline.
   */
  schema?: string | false;
  /** Line ending of the trial file. Default `\n`. */
  lineEnding?: '\n' | '\r\n';
  /**
   * Read the written text back and check that it holds exactly the record's protocolSection (default true).
   * A difference is a bug in the writer; it is thrown as a `round-trip` error instead of writing a wrong file.
   */
  verify?: boolean;
}

/** A registry record turned into a trial file. */
export interface ImportedStudy {
  /** The trial file: header comments, then the protocolSection in canonical order. */
  text: string;
  /** The record's protocolSection, as read (the data the text holds). */
  protocolSection: Record<string, unknown>;
  /** `identificationModule.nctId`, when it is a well-formed NCT number. */
  nctId: string | undefined;
  /** The record's last update date (`lastUpdatePostDateStruct.date`, else `lastUpdateSubmitDate`). */
  lastUpdate: string | undefined;
  /** Top-level parts of the record that a trial file does not hold (`resultsSection`, `derivedSection`, ...). */
  omittedSections: string[];
  /** Where the protocolSection does not follow the trial schema (imported as it is all the same). */
  findings: SchemaFinding[];
}

const NCT_ID = /^NCT\d{8}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Not a section: whether results exist follows from `resultsSection` being there. */
const NOT_A_SECTION = new Set(['protocolSection', 'hasResults']);

function pick(record: Record<string, unknown>, ...path: string[]): unknown {
  let current: unknown = record;
  for (const key of path) current = isPlainObject(current) ? current[key] : undefined;
  return current;
}

function lastUpdateOf(protocol: Record<string, unknown>): { date: string; what: string } | undefined {
  const posted = pick(protocol, 'statusModule', 'lastUpdatePostDateStruct', 'date');
  if (typeof posted === 'string' && DAY.test(posted)) return { date: posted, what: 'last update posted' };
  const submitted = pick(protocol, 'statusModule', 'lastUpdateSubmitDate');
  if (typeof submitted === 'string' && DAY.test(submitted))
    return { date: submitted, what: 'last update submitted' };
  return undefined;
}

/** The header comment lines of an imported file (without `#`). */
export function importHeader(
  nctId: string | undefined,
  lastUpdate: { date: string; what: string } | undefined,
  omittedSections: readonly string[],
  schema: string | false,
): string[] {
  const lines: string[] = [];
  if (schema !== false) lines.push(`yaml-language-server: $schema=${schema}`);
  const source = nctId ? `ClinicalTrials.gov ${nctId}` : 'a ClinicalTrials.gov study record';
  const when = lastUpdate ? ` (${lastUpdate.what} ${lastUpdate.date})` : '';
  lines.push(`Imported from ${source}${when}.`);
  if (omittedSections.length) lines.push(`Not imported: ${omittedSections.join(', ')}.`);
  return lines;
}

/** The pointer of the first value nested deeper than `limit` levels, or undefined. Iterative: the data may be deep. */
function tooDeepAt(data: unknown, limit: number): string | undefined {
  const stack: Array<{ value: unknown; pointer: string; depth: number }> = [
    { value: data, pointer: '', depth: 0 },
  ];
  while (stack.length) {
    const { value, pointer, depth } = stack.pop() as { value: unknown; pointer: string; depth: number };
    if (value === null || typeof value !== 'object') continue;
    if (depth >= limit) return pointer || '/';
    for (const [key, child] of Object.entries(value)) {
      stack.push({
        value: child,
        pointer: joinPointer(pointer, key),
        depth: depth + 1,
      });
    }
  }
  return undefined;
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/**
 * Turns a registry API v2 study (parsed JSON) into a trial file. Throws a {@link CtgovError} when the value is
 * not a study with a protocolSection. Sections outside the protocol are left out and named in the header.
 */
export function importStudy(study: unknown, options: ImportStudyOptions = {}): ImportedStudy {
  const record = asStudy(study);
  const protocol = record.protocolSection;
  const schema = options.schema ?? DEFAULT_SCHEMA_REF;
  if (schema !== false && /[\r\n]/.test(schema))
    throw new TypeError('The schema reference must be one line.');
  const rawId = pick(protocol, 'identificationModule', 'nctId');
  const nctId = typeof rawId === 'string' && NCT_ID.test(rawId) ? rawId : undefined;
  const lastUpdate = lastUpdateOf(protocol);
  // Input a trial file cannot hold is the record's problem, said as such (not a writer bug to report).
  // Half the reader's limit: its count of a text's levels can be up to twice the data's (`- key:` opens two).
  const deepest = Math.floor(MAX_NESTING / 2);
  const deep = tooDeepAt(protocol, deepest);
  if (deep !== undefined) {
    throw new CtgovError(
      'too-deep',
      `The record nests more than ${deepest} levels deep at protocolSection${deep.length > 80 ? `${deep.slice(0, 80)}...` : deep}; a trial file holds far fewer (a real record about 6). Nothing was written.`,
      { pointer: deep },
    );
  }
  const omittedSections = Object.keys(record).filter((key) => !NOT_A_SECTION.has(key));
  const text = stringifyTrial(protocol, {
    headerComments: importHeader(nctId, lastUpdate, omittedSections, schema),
    lineEnding: options.lineEnding ?? '\n',
  });
  const bytes = new TextEncoder().encode(text).byteLength;
  if (bytes > DEFAULT_MAX_BYTES) {
    throw new CtgovError(
      'too-large',
      `The record is too large for a trial file: written out it would be ${megabytes(bytes)} MB, more than the ${megabytes(DEFAULT_MAX_BYTES)} MB a trial file may have. Nothing was written.`,
    );
  }
  if (options.verify ?? true) {
    const back = loadTrial(text);
    const difference = back.ok ? firstDifference(protocol, back.data) : '';
    if (difference !== undefined) {
      const where = back.ok
        ? `differs at ${difference || '/'}`
        : `does not load (${back.problems[0]?.message ?? 'unknown problem'})`;
      throw new CtgovError(
        'round-trip',
        `Internal error: the trial file written for ${nctId ?? 'this record'} ${where}; nothing was written. Please report this with the record.`,
        { ...(difference ? { pointer: difference } : {}) },
      );
    }
  }
  return {
    text,
    protocolSection: protocol,
    nctId,
    lastUpdate: lastUpdate?.date,
    omittedSections,
    findings: validateTrialSchema(protocol),
  };
}

/** {@link importStudy} for JSON text or UTF-8 bytes (a saved API response). */
export function importStudyJson(input: string | Uint8Array, options: ImportStudyOptions = {}): ImportedStudy {
  return importStudy(parseJson(input, 'invalid-json'), options);
}
