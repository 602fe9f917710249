import type { Readable } from 'node:stream';

/** Header blocks longer than this are not LSP headers (one or two short lines in practice). */
const MAX_HEADER_BYTES = 8192;
const HEADER_END = Buffer.from('\r\n\r\n');

/**
 * Watches the framing of what a client writes (`Content-Length: n`, a blank line, n bytes), beside the
 * connection's own reader, and calls `onBroken` with a description of the first header that breaks it. The
 * library's reader goes silent forever on such a header (`Content-Length: -5`) or reads on from a wrong place
 * (a header without a length); past a broken header nothing tells where the next message starts, so the server
 * can only say so and stop, and the client restarts it.
 */
export function guardMessageFraming(input: Readable, onBroken: (problem: string) => void): void {
  let header = Buffer.alloc(0);
  let bodyLeft = 0;
  let broken = false;
  input.on('data', (chunk: Buffer) => {
    let at = 0;
    while (!broken && at < chunk.length) {
      if (bodyLeft > 0) {
        const skipped = Math.min(bodyLeft, chunk.length - at);
        bodyLeft -= skipped;
        at += skipped;
        continue;
      }
      const previous = header.length;
      header = Buffer.concat([header, chunk.subarray(at)]);
      const end = header.indexOf(HEADER_END, Math.max(0, previous - 3));
      if (end === -1) {
        if (header.length > MAX_HEADER_BYTES)
          fail(`a message header with no end within ${MAX_HEADER_BYTES} bytes`);
        return;
      }
      // The bytes of this chunk up to the end of the header; the body follows.
      at += end + HEADER_END.length - previous;
      const length = contentLength(header.subarray(0, end).toString('latin1'));
      header = Buffer.alloc(0);
      if (typeof length === 'string') fail(length);
      else bodyLeft = length;
    }
  });

  function fail(problem: string): void {
    broken = true;
    onBroken(problem);
  }
}

/** The body length a header block gives, or what is wrong with it. */
function contentLength(text: string): number | string {
  let length: string | undefined;
  for (const line of text.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) return `a header line that is not "name: value": ${quote(line)}`;
    if (line.slice(0, colon).trim().toLowerCase() === 'content-length') length = line.slice(colon + 1).trim();
  }
  if (length === undefined) return `a message header without Content-Length: ${quote(text)}`;
  if (!/^\d{1,15}$/.test(length)) return `a Content-Length that is not a number of bytes: ${quote(length)}`;
  return Number(length);
}

/** The client's text, quoted with control characters escaped, and cut short. */
function quote(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}
