import { defineRule } from '../engine/rule.js';
import { walkStrings } from '../rule-support/walk-strings.js';
import { fieldName } from '../rule-support/registry-words.js';

/** Space, tab, line break or the other characters `String.prototype.trim` removes. */
function isBlankAt(value: string, index: number): boolean {
  const code = value.charCodeAt(index);
  return (
    code <= 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The value without leading and trailing blanks; a block scalar's single final line break is kept. */
function trimmed(value: string): string {
  // Most values start and end with text (or end with one line break after text): nothing to trim.
  const last = value.length - 1;
  if (last >= 0 && !isBlankAt(value, 0)) {
    if (!isBlankAt(value, last)) return value;
    if (last > 0 && value.charCodeAt(last) === 10 && !isBlankAt(value, last - 1)) return value;
  }
  const keepBreak = value.includes('\n') && value.endsWith('\n');
  const core = value.trim();
  return keepBreak ? `${core}\n` : core;
}

export default defineRule(
  {
    id: 'no-surrounding-whitespace',
    defaultSeverity: 'warning',
    category: 'text',
    description: 'Disallow spaces, tabs and blank lines at the start or end of a text value',
    registry: 'note',
    source: 'TrialYAML',
    fixable: true,
  },
  ({ trial, report }) => {
    walkStrings(trial, (value, pointerOf) => {
      const clean = trimmed(value);
      if (clean === value || clean === '') return;
      const pointer = pointerOf();
      report({
        pointer,
        message: `${fieldName(pointer)} starts or ends with blank space, which the registry trims or shows as is; remove it.`,
        fix: [{ op: 'replace', pointer, value: clean }],
      });
    });
  },
);
