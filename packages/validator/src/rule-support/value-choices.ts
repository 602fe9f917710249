import { wordList } from './presence.js';
import { valueName } from './registry-words.js';

/**
 * Values of the enum field at `pointer` to choose from, as the registry shows them with their codes:
 * `Cohort (COHORT), Case-Only (CASE_ONLY) or Other (OTHER)`.
 */
export function valueChoices(
  pointer: string,
  codes: readonly string[],
  conjunction: 'and' | 'or' = 'or',
): string {
  return wordList(
    codes.map((code) => valueName(pointer, code)),
    conjunction,
  );
}
