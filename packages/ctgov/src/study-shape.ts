import { isPlainObject, trialSchema } from '@trialyaml/core';
import { CtgovError } from './errors.js';

/** A ClinicalTrials.gov API v2 study as far as this package relies on it. */
export interface ApiStudy {
  protocolSection: Record<string, unknown>;
  [section: string]: unknown;
}

const MODULE_NAMES = new Set(Object.keys(trialSchema.properties ?? {}));

function describe(value: unknown): string {
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/**
 * Checks that parsed JSON is a study record with a `protocolSection` object, explaining near misses: a search
 * result page, a bare protocolSection, a study without the section.
 */
export function asStudy(value: unknown): ApiStudy {
  if (!isPlainObject(value)) {
    throw new CtgovError(
      'not-a-study',
      `Expected a ClinicalTrials.gov study record (an object with "protocolSection"), found ${describe(value)}.`,
    );
  }
  if (!('protocolSection' in value)) {
    if (Array.isArray(value.studies)) {
      throw new CtgovError(
        'not-a-study',
        `This is a search result page with ${value.studies.length} studies, not one study record; save or fetch each study (/api/v2/studies/<NCT id>) and import those.`,
      );
    }
    const keys = Object.keys(value);
    if (keys.length && keys.every((key) => MODULE_NAMES.has(key))) {
      throw new CtgovError(
        'not-a-study',
        'This looks like the content of a protocolSection on its own; a study record wraps it as { "protocolSection": { ... } }.',
      );
    }
    const shown = keys.slice(0, 5).join(', ') + (keys.length > 5 ? ', ...' : '');
    throw new CtgovError(
      keys.some((key) => key.endsWith('Section')) ? 'no-protocol-section' : 'not-a-study',
      keys.some((key) => key.endsWith('Section'))
        ? `The study record has no protocolSection (it has ${shown}); there is nothing to import.`
        : `This JSON is not a ClinicalTrials.gov study record: it has no "protocolSection" (keys: ${shown || 'none'}).`,
    );
  }
  if (!isPlainObject(value.protocolSection)) {
    throw new CtgovError(
      'no-protocol-section',
      `The study's protocolSection is ${describe(value.protocolSection)}, not an object of modules; there is nothing to import.`,
    );
  }
  return value as ApiStudy;
}
