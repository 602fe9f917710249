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
