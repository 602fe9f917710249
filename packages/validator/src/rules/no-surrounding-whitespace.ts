import { defineRule } from '../engine/rule.js';
import { walkStrings } from '../rule-support/walk-strings.js';

/** The value without leading and trailing blanks; a block scalar's single final line break is kept. */
function trimmed(value: string): string {
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
    walkStrings(trial, (pointer, value) => {
      const clean = trimmed(value);
      if (clean === value || clean === '') return;
      report({
        pointer,
        message:
          'The text starts or ends with blank space, which the registry trims or shows as is; remove it.',
        fix: [{ op: 'replace', pointer, value: clean }],
      });
    });
  },
);
