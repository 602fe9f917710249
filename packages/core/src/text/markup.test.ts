import { describe, expect, it } from 'vitest';
import { unescapeMarkup } from './markup.js';

describe('unescapeMarkup', () => {
  it.each([
    [
      'escaped punctuation',
      'Age \\>= 18, ECOG 0\\-1, \\[see\\] \\*note\\* \\& more\\.',
      'Age >= 18, ECOG 0-1, [see] *note* & more.',
    ],
    ['an escaped backslash before punctuation', 'a\\\\>b', 'a\\>b'],
    ['a backslash before a letter or space (not an escape)', 'C:\\temp \\ x \\n', 'C:\\temp \\ x \\n'],
    ['unescaped markdown', '* item\n* item **bold**', '* item\n* item **bold**'],
  ])('handles %s', (_name, markup, plain) => {
    expect(unescapeMarkup(markup)).toBe(plain);
  });
});
