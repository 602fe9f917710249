import { decodePointer } from '@trialyaml/core';

/** How messages name the value at a pointer: `/armsInterventionsModule/armGroups/0/label` → `armsInterventionsModule.armGroups[0].label`. */
export function yamlPath(pointer: string): string {
  return decodePointer(pointer).reduce(
    (path, segment) =>
      /^\d+$/.test(segment) ? `${path}[${segment}]` : path ? `${path}.${segment}` : segment,
    '',
  );
}

/** "a", "a and b", "a, b and c" (or with "or"). */
export function wordList(words: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1] ?? ''}`;
}

/** Quoted values for messages: `"A", "B"`. */
export function quoted(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(', ');
}

/** Text compared for sameness: trimmed, blanks collapsed, case ignored. */
export function comparable(text: string | undefined): string {
  const trimmed = (text ?? '').trim();
  // Most names have single spaces only: nothing to collapse.
  return (/[^\S ]| {2}/.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed).toLowerCase();
}
