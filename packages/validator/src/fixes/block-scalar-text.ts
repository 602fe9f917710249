/**
 * Whether a literal block scalar reads back as exactly `value`: at most one final line break (clip or strip
 * chomping), a first line that does not start with a space (its indentation would be taken for the block's),
 * no line of blanks only (indentation and content could not be told apart), and only characters a block holds
 * as they are (no CR, other control characters or the Unicode line breaks YAML may normalize).
 */
export function fitsLiteralBlock(value: string): boolean {
  if (value === '' || value.endsWith('\n\n') || value === '\n') return false;
  if (/^[ \t]/.test(value)) return false;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
  if (/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(value)) return false;
  return !value
    .replace(/\n$/, '')
    .split('\n')
    .some((line) => line !== '' && /^[ \t]+$/.test(line));
}

/**
 * The header of a block scalar as written (`|-`, `>+2`, ...) and what follows it on its line: the blanks and
 * comment the author put there, which a new value keeps.
 */
export function blockHeaderTail(original: string): string {
  const lineEnd = original.search(/\r?\n/);
  const header = lineEnd === -1 ? original : original.slice(0, lineEnd);
  const indicators = /^[|>][-+0-9]*/.exec(header)?.[0] ?? '';
  const tail = header.slice(indicators.length);
  // Only blanks and a comment can follow the indicators; anything else is not kept (and cannot occur).
  return /^(?:[ \t]+#.*)?[ \t]*$/.test(tail) ? tail.replace(/[ \t]+$/, '') : '';
}

/** `value` as a literal block scalar, indented by `indent` spaces, with `headerTail` after its header. */
export function literalBlockText(
  value: string,
  indent: number,
  lineEnding: string,
  headerTail: string,
): string {
  const pad = ' '.repeat(indent);
  const chomp = value.endsWith('\n') ? '' : '-';
  const body = value
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => (line ? pad + line : ''));
  return `|${chomp}${headerTail}${lineEnding}${body.join(lineEnding)}`;
}
