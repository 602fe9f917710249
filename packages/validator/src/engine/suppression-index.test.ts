import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Directive } from '../suppressions/directives.js';
import { SuppressionIndex } from './suppression-index.js';

/** The scan the index replaced: the first directive, in file order, that silences the finding. */
function scan(directives: readonly Directive[], ruleId: string, line: number): Directive | undefined {
  return directives.find(
    (directive) =>
      directive.ruleIds.includes(ruleId) && (directive.kind === 'disable' || line === directive.line + 1),
  );
}

const RULES = ['schema', 'a-rule', 'b-rule', 'c-rule'];
const directive: fc.Arbitrary<Directive> = fc.record({
  kind: fc.constantFrom('disable' as const, 'disable-next-line' as const),
  ruleIds: fc.array(fc.constantFrom(...RULES), { maxLength: 3 }),
  reason: fc.constant(undefined),
  line: fc.integer({ min: 1, max: 12 }),
  column: fc.constant(1),
  endColumn: fc.constant(20),
});

describe('SuppressionIndex ≡ scanning every directive', () => {
  it('picks the same directive for every finding', () => {
    fc.assert(
      fc.property(fc.array(directive, { maxLength: 12 }), (directives) => {
        const index = new SuppressionIndex(directives);
        for (const ruleId of [...RULES, 'unnamed'])
          for (let line = 0; line <= 14; line++)
            expect(index.match(ruleId, line)).toBe(scan(directives, ruleId, line));
      }),
      { numRuns: 1000 },
    );
  });
});
