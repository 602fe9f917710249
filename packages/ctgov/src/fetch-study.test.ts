import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleRecords } from '../test/paths.js';
import {
  HTML_ID,
  MALFORMED_ID,
  NOT_A_STUDY_ID,
  SERVER_ERROR_ID,
  SLOW_ID,
  UNKNOWN_ID,
  closedPortUrl,
  startRegistryServer,
  type RegistryServer,
} from '../test/registry-server.js';
import { CtgovError } from './errors.js';
import {
  DEFAULT_BASE_URL,
  describeFetchFailure,
  fetchStudy,
  isNctId,
  networkCode,
  studyUrl,
} from './fetch-study.js';
import { importStudy, importStudyJson } from './import-study.js';

let server: RegistryServer;
beforeAll(async () => {
  server = await startRegistryServer();
});
afterAll(async () => {
  await server.close();
});

async function fetchError(id: string, options: Parameters<typeof fetchStudy>[1] = {}): Promise<CtgovError> {
  try {
    await fetchStudy(id, { baseUrl: server.baseUrl, ...options });
  } catch (error) {
    if (error instanceof CtgovError) return error;
    throw error;
  }
  throw new Error(`expected fetching ${id} to fail`);
}

describe('fetchStudy against a registry on 127.0.0.1', () => {
  it.each(sampleRecords().map((record) => [record.nctId, record] as const))(
    'fetches %s, and importing it gives the same file as importing the saved record',
    async (id, record) => {
      const fetched = await fetchStudy(id, { baseUrl: server.baseUrl });
      expect(fetched.url).toBe(`${server.baseUrl}/studies/${id}`);
      expect(fetched.study).toEqual(record.study);
      expect(importStudy(fetched.study).text).toBe(importStudyJson(record.text).text);
    },
  );

  it('asks for JSON at <base>/studies/<ID>, upper-casing the id and tolerating a trailing slash', async () => {
    const before = server.requests.length;
    await fetchStudy('nct02513394', { baseUrl: `${server.baseUrl}/` });
    expect(server.requests.slice(before)).toEqual([
      { method: 'GET', url: '/api/v2/studies/NCT02513394', accept: 'application/json' },
    ]);
  });

  it.each([
    [
      'an unknown id',
      UNKNOWN_ID,
      {},
      'not-found',
      /^No study NCT99999999 in the registry \(HTTP 404 from http:\/\/127\.0\.0\.1:\d+\/api\/v2\/studies\/NCT99999999\)\.$/,
      { status: 404 },
    ],
    [
      'a server error',
      SERVER_ERROR_ID,
      {},
      'http-error',
      /^The registry answered HTTP 500 Internal Server Error for .*NCT55555555: \{"message":"Internal error"\}\.$/,
      { status: 500 },
    ],
    [
      'an answer that never ends',
      SLOW_ID,
      { timeoutMs: 300 },
      'timeout',
      /^No complete answer from 127\.0\.0\.1:\d+ within 0\.3 s/,
      {},
    ],
    [
      'malformed JSON',
      MALFORMED_ID,
      {},
      'bad-json',
      /^The registry's answer from .* is not JSON\. Invalid JSON at line 1, column 70: Expected double-quoted property name\.$/,
      { line: 1, column: 70 },
    ],
    ['HTML instead of JSON', HTML_ID, {}, 'bad-json', /is not JSON\. Invalid JSON at line 1, column 1/, {}],
    [
      'JSON that is not a study',
      NOT_A_STUDY_ID,
      {},
      'not-a-study',
      /is not a study record\. .*no "protocolSection" \(keys: totalCount, message\)/,
      {},
    ],
  ])('reports %s clearly', async (_name, id, options, kind, message, details) => {
    const error = await fetchError(id, options);
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
    expect(error.details).toMatchObject(details);
  });

  it('reports a registry that cannot be reached (nothing listening)', async () => {
    const baseUrl = await closedPortUrl();
    const error = await fetchError('NCT02513394', { baseUrl });
    expect(error.kind).toBe('network');
    expect(error.details.code).toBe('ECONNREFUSED');
    expect(error.message).toMatch(
      /^Could not reach 127\.0\.0\.1:\d+ \(connection refused, ECONNREFUSED\)\. Check the network connection\.$/,
    );
  });

  it('stops when the caller cancels', async () => {
    const controller = new AbortController();
    const pending = fetchError(SLOW_ID, { signal: controller.signal, timeoutMs: 10_000 });
    setTimeout(() => controller.abort(), 50);
    const error = await pending;
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/was cancelled/);
  });

  it.each([
    ['an id that is not NCT + 8 digits', 'NCT123', server?.baseUrl, /"NCT123" is not an NCT number/],
    ['a base URL that is not a URL', 'NCT02513394', 'not a url', /base URL "not a url" is not a URL/],
    ['a base URL that is not http(s)', 'NCT02513394', 'ftp://example.org/api', /must start with http/],
  ])('refuses %s without fetching', async (_name, id, baseUrl, message) => {
    const before = server.requests.length;
    const error = await fetchError(id, { baseUrl: baseUrl ?? server.baseUrl });
    expect(error.kind).toBe('invalid-request');
    expect(error.message).toMatch(message);
    expect(server.requests.length).toBe(before);
  });
});

describe('fetch helpers', () => {
  it('recognizes NCT numbers in any case', () => {
    expect(isNctId('NCT01234567')).toBe(true);
    expect(isNctId('nct01234567')).toBe(true);
    expect(isNctId('NCT0123456')).toBe(false);
    expect(isNctId('study.json')).toBe(false);
  });

  it('builds the registry URL by default', () => {
    expect(studyUrl('nct01234567')).toBe(`${DEFAULT_BASE_URL}/studies/NCT01234567`);
    expect(DEFAULT_BASE_URL).toBe('https://clinicaltrials.gov/api/v2');
  });

  it.each([
    [
      'a refused connection',
      Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }),
      'ECONNREFUSED',
      /connection refused, ECONNREFUSED/,
    ],
    [
      'an unknown host',
      Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } }),
      'ENOTFOUND',
      /unknown host, ENOTFOUND\)\. Check the network connection and the host name\./,
    ],
    [
      'a failed DNS lookup',
      Object.assign(new TypeError('fetch failed'), { cause: { errors: [{ code: 'EAI_AGAIN' }] } }),
      'EAI_AGAIN',
      /could not be looked up/,
    ],
    [
      'something else',
      new TypeError('fetch failed', { cause: new Error('bad port') }),
      undefined,
      /\(fetch failed: bad port\)\. Check the network connection\.$/,
    ],
  ])('describes %s as a network failure naming the host', (_name, error, code, message) => {
    expect(networkCode(error)).toBe(code);
    const described = describeFetchFailure(
      error,
      'https://registry.example/api/v2/studies/NCT01234567',
      30_000,
    );
    expect(described.kind).toBe('network');
    expect(described.message).toMatch(/^Could not reach registry\.example /);
    expect(described.message).toMatch(message);
  });
});
