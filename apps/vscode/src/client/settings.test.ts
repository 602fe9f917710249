import { describe, expect, it } from 'vitest';
import {
  DEFAULT_API_BASE_URL,
  DEFAULT_SETTINGS,
  sanitize,
  sanitizeDay,
  sanitizeEnum,
  sanitizeHttpUrl,
  sanitizeSettings,
} from './settings.js';

describe('sanitize', () => {
  it.each([
    [true, false, true],
    ['yes', false, false],
    [3, 1, 3],
    [Number.NaN, 1, 1],
    ['3', 1, 1],
    [null, 'x', 'x'],
  ])('sanitize(%j, %j) is %j', (value, fallback, expected) => {
    expect(sanitize(value, fallback)).toBe(expected);
  });

  it('keeps only allowed enum values', () => {
    expect(sanitizeEnum('verbose', ['off', 'messages', 'verbose'], 'off')).toBe('verbose');
    expect(sanitizeEnum('loud', ['off', 'messages', 'verbose'], 'off')).toBe('off');
    expect(sanitizeEnum(2, ['off', 'messages', 'verbose'], 'off')).toBe('off');
  });
});

describe('sanitizeDay', () => {
  it.each([
    ['2026-11-21', '2026-11-21'],
    [' 2026-11-21 ', '2026-11-21'],
    ['2024-02-29', '2024-02-29'],
    ['2026-02-29', undefined],
    ['2026-13-01', undefined],
    ['2026-11', undefined],
    ['', undefined],
    [20261121, undefined],
    [undefined, undefined],
  ])('%j → %j', (value, expected) => {
    expect(sanitizeDay(value)).toBe(expected);
  });
});

describe('sanitizeHttpUrl', () => {
  it.each([
    ['https://clinicaltrials.gov/api/v2', 'https://clinicaltrials.gov/api/v2'],
    ['https://mirror.example.org/api/v2/', 'https://mirror.example.org/api/v2'],
    ['http://localhost:8080', 'http://localhost:8080'],
    ['file:///etc/passwd', DEFAULT_API_BASE_URL],
    ['javascript:alert(1)', DEFAULT_API_BASE_URL],
    ['https://user:secret@example.org/api', DEFAULT_API_BASE_URL],
    ['https://example.org/api?x=1', DEFAULT_API_BASE_URL],
    ['not a url', DEFAULT_API_BASE_URL],
    ['', DEFAULT_API_BASE_URL],
    [42, DEFAULT_API_BASE_URL],
  ])('%j → %j', (value, expected) => {
    expect(sanitizeHttpUrl(value, DEFAULT_API_BASE_URL)).toBe(expected);
  });
});

describe('sanitizeSettings', () => {
  it('gives the defaults for nothing, or for something that is not an object', () => {
    for (const raw of [undefined, null, 'trialyaml', [], 5])
      expect(sanitizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps well-typed values', () => {
    expect(
      sanitizeSettings({
        asOf: '2026-01-31',
        trace: { server: 'messages' },
        preview: { showProblems: false, scrollPreviewWithEditor: false },
        ctgov: { apiBaseUrl: 'https://mirror.example.org/api/v2' },
      }),
    ).toEqual({
      asOf: '2026-01-31',
      trace: { server: 'messages' },
      preview: { showProblems: false, scrollPreviewWithEditor: false },
      ctgov: { apiBaseUrl: 'https://mirror.example.org/api/v2' },
    });
  });

  it('replaces each ill-typed value by its default, independently', () => {
    expect(
      sanitizeSettings({
        asOf: 'yesterday',
        trace: 'verbose',
        preview: { showProblems: 'no', scrollPreviewWithEditor: false },
        ctgov: { apiBaseUrl: 'ftp://example.org' },
        unknown: { anything: true },
      }),
    ).toEqual({
      ...DEFAULT_SETTINGS,
      preview: { showProblems: true, scrollPreviewWithEditor: false },
    });
  });
});
