import { describe, expect, it } from 'vitest';
import { lintV8Flags } from './launcher.js';

describe('V8 settings for lint runs', () => {
  it('raises the interrupt budget only on the V8 it was measured on (Node 20)', () => {
    expect(lintV8Flags('11.3.244.8-node.38')).toEqual(['--interrupt-budget=270336']);
    expect(lintV8Flags('12.4.254.21-node.33')).toEqual([]);
    expect(lintV8Flags('13.6.233.10-node.27')).toEqual([]);
  });
});
