import { describe, expect, it } from 'vitest';
import { sanitizeSettings } from './settings.js';

describe('settings', () => {
  it.each([
    [{ asOf: '2026-11-21' }, { asOf: '2026-11-21' }],
    [{ asOf: '2026-02-30' }, {}],
    [{ asOf: '21/11/2026' }, {}],
    [{ asOf: 20261121 }, {}],
    [{ asOf: '' }, {}],
    [null, {}],
    ['trialyaml', {}],
    [{ other: true }, {}],
  ])('%j → %j', (raw, expected) => {
    expect(sanitizeSettings(raw)).toEqual(expected);
  });
});
