import { CtgovError } from './errors.js';
import { parseJson } from './parse-json.js';
import { asStudy, type ApiStudy } from './study-shape.js';

/** The registry's API v2 root; a study is at `<root>/studies/<NCT id>`. */
export const DEFAULT_BASE_URL = 'https://clinicaltrials.gov/api/v2';
/** How long a fetch may take, answer body included, unless told otherwise. */
export const DEFAULT_TIMEOUT_MS = 30_000;

export interface FetchStudyOptions {
  /** The API root (default {@link DEFAULT_BASE_URL}); the study is fetched from `<baseUrl>/studies/<id>`. */
  baseUrl?: string;
  /** Give up after this many milliseconds (default {@link DEFAULT_TIMEOUT_MS}). */
  timeoutMs?: number;
  /** Cancels the request (e.g. on Ctrl-C); combined with the timeout. */
  signal?: AbortSignal;
}

export interface FetchedStudy {
  study: ApiStudy;
  /** The URL the record was fetched from. */
  url: string;
}

const NCT_ID = /^NCT\d{8}$/i;

/** Whether a command-line argument names a registry record rather than a file. */
export function isNctId(value: string): boolean {
  return NCT_ID.test(value);
}

/** The URL of a study in the API (`<baseUrl>/studies/<NCT id>`); the id is upper-cased. */
export function studyUrl(nctId: string, baseUrl: string = DEFAULT_BASE_URL): string {
  if (!isNctId(nctId)) {
    throw new CtgovError('invalid-request', `"${nctId}" is not an NCT number (NCT followed by 8 digits).`);
  }
  let root: URL;
  try {
    root = new URL(baseUrl);
  } catch {
    throw new CtgovError('invalid-request', `The base URL "${baseUrl}" is not a URL.`);
  }
  if (root.protocol !== 'http:' && root.protocol !== 'https:') {
    throw new CtgovError('invalid-request', `The base URL "${baseUrl}" must start with http:// or https://.`);
  }
  return `${root.href.replace(/\/+$/, '')}/studies/${nctId.toUpperCase()}`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Node's fetch wraps the system error (`ECONNREFUSED`, ...) in `cause`, sometimes one level deeper. */
export function networkCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current !== null && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code;
    const errors = (current as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.length) {
      const inner = networkCode(errors[0]);
      if (inner) return inner;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

const NETWORK_WORDS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'unknown host',
  EAI_AGAIN: 'the host name could not be looked up',
  ECONNRESET: 'the connection was reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'the connection timed out',
  UND_ERR_SOCKET: 'the connection closed unexpectedly',
};

/** "fetch failed: bad port": the error's message and those of its causes. */
function innermostMessage(error: unknown): string {
  const messages: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    messages.push(current.message);
    current = current.cause;
  }
  return messages.length ? messages.join(': ') : String(error);
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && error.name === 'TimeoutError';
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/** Turns whatever fetch threw into a {@link CtgovError} (timeout, network) with a message naming the host. */
export function describeFetchFailure(error: unknown, url: string, timeoutMs: number): CtgovError {
  if (error instanceof CtgovError) return error;
  if (isTimeout(error)) {
    return new CtgovError(
      'timeout',
      `No complete answer from ${hostOf(url)} within ${timeoutMs / 1000} s (${url}); try again later or raise the timeout.`,
      { url, cause: error },
    );
  }
  if (isAbort(error)) {
    return new CtgovError('network', `The request to ${url} was cancelled.`, { url, cause: error });
  }
  const code = networkCode(error);
  const why = code ? `${NETWORK_WORDS[code] ?? 'network error'}, ${code}` : innermostMessage(error);
  return new CtgovError(
    'network',
    `Could not reach ${hostOf(url)} (${why}). Check the network connection${code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? ' and the host name' : ''}.`,
    { url, ...(code ? { code } : {}), cause: error },
  );
}

/**
 * Fetches one study from the registry's API v2 with the global `fetch`. Every failure is a {@link CtgovError}:
 * `invalid-request`, `not-found` (HTTP 404), `http-error` (other statuses), `timeout`, `network`, `bad-json`
 * (the answer is not JSON) or `not-a-study` (JSON, but not a study record).
 */
export async function fetchStudy(nctId: string, options: FetchStudyOptions = {}): Promise<FetchedStudy> {
  const url = studyUrl(nctId, options.baseUrl ?? DEFAULT_BASE_URL);
  const id = nctId.toUpperCase();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  let body: string;
  try {
    const response = await fetch(url, {
      headers: { accept: 'application/json' },
      signal,
      redirect: 'follow',
    });
    if (response.status === 404) {
      await response.body?.cancel().catch(() => undefined);
      throw new CtgovError('not-found', `No study ${id} in the registry (HTTP 404 from ${url}).`, {
        status: 404,
        url,
      });
    }
    if (!response.ok) {
      const detail = (await response.text().catch(() => '')).trim().replace(/\s+/g, ' ').slice(0, 200);
      throw new CtgovError(
        'http-error',
        `The registry answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${url}${detail ? `: ${detail}` : ''}.`,
        { status: response.status, url },
      );
    }
    body = await response.text();
  } catch (error) {
    throw describeFetchFailure(error, url, timeoutMs);
  }
  let parsed: unknown;
  try {
    parsed = parseJson(body, 'bad-json');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CtgovError('bad-json', `The registry's answer from ${url} is not JSON. ${reason}`, {
      url,
      ...(error instanceof CtgovError ? error.details : {}),
    });
  }
  try {
    return { study: asStudy(parsed), url };
  } catch (error) {
    if (!(error instanceof CtgovError)) throw error;
    throw new CtgovError(
      error.kind,
      `The registry's answer from ${url} is not a study record. ${error.message}`,
      {
        url,
      },
    );
  }
}
