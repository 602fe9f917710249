import type { Trial } from '@trialyaml/core';
import { describe, expect, it } from 'vitest';
import { forgetTrials, perTrial } from '../src/rule-support/per-trial.js';

describe('perTrial', () => {
  const first: Trial = { identificationModule: { briefTitle: 'First' } };
  const second: Trial = { identificationModule: { briefTitle: 'Second' } };

  it('computes once for the trial it was last asked about, again for another', () => {
    const calls: string[] = [];
    const title = perTrial((trial) => {
      calls.push(trial.identificationModule?.briefTitle ?? '');
      return { title: trial.identificationModule?.briefTitle };
    });
    const value = title(first);
    expect(title(first)).toBe(value);
    expect(title(second)).toEqual({ title: 'Second' });
    expect(title(first)).toEqual({ title: 'First' });
    expect(calls).toEqual(['First', 'Second', 'First']);
  });

  it('lets go of the trial when told to, and computes afresh after that', () => {
    let calls = 0;
    const count = perTrial(() => ++calls);
    expect(count(first)).toBe(1);
    expect(count(first)).toBe(1);
    forgetTrials();
    expect(count(first)).toBe(2);
  });
});
