/**
 * What went wrong while reading or fetching a registry record:
 * - `invalid-json`: the input is not JSON (the error carries a line and column when known);
 * - `not-a-study`: JSON, but not a ClinicalTrials.gov API v2 study object;
 * - `no-protocol-section`: a study object without a usable `protocolSection`;
 * - `invalid-request`: an NCT number that is not `NCT` + 8 digits, or a base URL that is not http(s) (nothing was fetched);
 * - `not-found`: the registry has no study with that NCT number (HTTP 404);
 * - `http-error`: the registry answered with another HTTP error status;
 * - `timeout`: no complete answer within the time limit;
 * - `network`: the registry could not be reached (connection refused, unknown host, ...);
 * - `bad-json`: the registry answered, but not with JSON;
 * - `too-large`: the trial file written would be larger than a trial file may be (nothing is written);
 * - `too-deep`: the record nests deeper than a trial file may (nothing is written);
 * - `round-trip`: the trial file written would not read back as the record (a bug: nothing is written).
 */
export type CtgovErrorKind =
  | 'invalid-json'
  | 'not-a-study'
  | 'no-protocol-section'
  | 'invalid-request'
  | 'not-found'
  | 'http-error'
  | 'timeout'
  | 'network'
  | 'bad-json'
  | 'too-large'
  | 'too-deep'
  | 'round-trip';

export interface CtgovErrorDetails {
  /** 1-based position of a JSON syntax error. */
  line?: number;
  column?: number;
  /** HTTP status of a registry answer. */
  status?: number;
  /** The URL that was fetched. */
  url?: string;
  /** System error code of a network failure (`ECONNREFUSED`, `ENOTFOUND`, ...). */
  code?: string;
  /** JSON pointer of the first difference, for `round-trip`. */
  pointer?: string;
  cause?: unknown;
}

/** A failure with a message meant for people, and a kind for programs. */
export class CtgovError extends Error {
  override name = 'CtgovError';
  readonly kind: CtgovErrorKind;
  readonly details: CtgovErrorDetails;

  constructor(kind: CtgovErrorKind, message: string, details: CtgovErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    this.details = details;
  }
}

/** Kinds that come from talking to the registry (as opposed to the content of a local file). */
export const REGISTRY_ERROR_KINDS: ReadonlySet<CtgovErrorKind> = new Set<CtgovErrorKind>([
  'invalid-request',
  'not-found',
  'http-error',
  'timeout',
  'network',
  'bad-json',
]);
