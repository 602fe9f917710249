import { describe, expect, it } from 'vitest';
import { loadTrial } from './load-trial.js';

/** Alias problems are the input's, told apart: a typo in an alias name is not an alias bomb. */
describe('loadTrial on aliases it cannot turn into data', () => {
  it.each([
    {
      name: 'an alias with no anchor',
      text: 'a: 1\nx: *nope\n',
      code: 'undefined-alias',
      message:
        'The alias *nope refers to no anchor &nope before it; define the anchor (&nope) earlier or write the value out.',
      line: 2,
      column: 4,
    },
    {
      name: 'an alias used before its anchor',
      text: 'x: [*later]\ny: &later 1\n',
      code: 'undefined-alias',
      message: /^The alias \*later refers to no anchor &later before it/,
      line: 1,
      column: 5,
    },
    {
      name: 'the undefined one among defined aliases',
      text: 'a: &a 1\nx: [*a, *b]\n',
      code: 'undefined-alias',
      message: /^The alias \*b refers/,
      line: 2,
      column: 9,
    },
    {
      name: 'an alias bomb',
      text: `a: &a [x, x, x, x, x, x, x, x, x, x]\n${['b', 'c', 'd', 'e']
        .map((name, index) => `${name}: &${name} [${Array(10).fill(`*${'abcd'[index]}`).join(', ')}]`)
        .join('\n')}\n`,
      code: 'alias-limit',
      message: /^The YAML aliases here expand to more than 100 copies/,
      line: 2,
      column: 8,
    },
  ])('$name', ({ text, code, message, line, column }) => {
    const trial = loadTrial(text);
    expect(trial.ok).toBe(false);
    expect(trial.problems).toHaveLength(1);
    const [problem] = trial.problems;
    expect(problem?.code).toBe(code);
    expect(problem?.message).toMatch(message);
    expect(problem?.message).not.toMatch(/report/i);
    expect([problem?.range.line, problem?.range.column]).toEqual([line, column]);
  });
});
