import { describe, expect, it } from 'vitest';
import { loadTrial } from '../yaml/load-trial.js';
import { orderLikeSchema } from './canonical-order.js';
import { stringifyTrial } from './stringify-trial.js';

/** `__proto__` in a record is data (JSON.parse makes it an own key): it is kept, never used as a prototype. */
describe('a "__proto__" key in trial data', () => {
  const data = JSON.parse(
    '{"identificationModule": {"__proto__": {"polluted": true}, "nctId": "NCT01234567"}, "__proto__": "top"}',
  ) as Record<string, unknown>;

  it('is kept by the canonical order as an own key, and the copy keeps the plain prototype', () => {
    const ordered = orderLikeSchema(data);
    expect(Object.keys(ordered)).toEqual(['identificationModule', '__proto__']);
    expect(Object.getPrototypeOf(ordered)).toBe(Object.prototype);
    expect(Object.keys(ordered.identificationModule as object)).toEqual(['nctId', '__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('is written and read back as the same data', () => {
    const text = stringifyTrial(data);
    expect(text).toContain('  __proto__:\n    polluted: true\n');
    expect(text).toContain('\n__proto__: top\n');
    const back = loadTrial(text);
    expect(back.ok).toBe(true);
    expect(back.data).toEqual(data);
    expect(Object.keys(back.data as object)).toEqual(['identificationModule', '__proto__']);
  });
});
