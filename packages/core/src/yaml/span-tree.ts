/**
 * Node offsets recorded from js-yaml's parse events, as a tree: for a mapping, children alternate key and
 * value; for a sequence, they are the items. Offsets are raw parser positions, refined by `spanRange`.
 */
export interface Span {
  start: number;
  end: number;
  kind: string | null;
  children: Span[];
}

/** Collects spans from js-yaml's `listener` open/close events. */
export class SpanRecorder {
  root: Span | undefined;
  /** Whether the document defines anchors (seen in the parser state). */
  usedAnchors = false;
  /** Whether some mapping key is itself a collection (js-yaml and YAML 1.2 stringify those differently). */
  complexKeys = false;
  /** Whether a scalar is a number the two parsers read differently. */
  unusualScalars = false;

  constructor(
    private readonly text: string,
    private readonly divergentNumber: RegExp,
  ) {}
  private readonly stack: Span[] = [];

  readonly listener = (
    event: 'open' | 'close',
    state: { position: number; kind: string | null; anchorMap?: object; result?: unknown },
  ): void => {
    if (event === 'open') {
      this.stack.push({ start: state.position, end: state.position, kind: null, children: [] });
      return;
    }
    const span = this.stack.pop();
    if (!span) return;
    span.end = state.position;
    span.kind = state.kind;
    if (span.kind === 'scalar') {
      if (
        typeof state.result === 'number' ||
        (typeof state.result === 'string' && state.result.length < 24)
      ) {
        let start = span.start;
        while (
          start < span.end &&
          (this.text.charCodeAt(start) === 32 ||
            this.text.charCodeAt(start) === 10 ||
            this.text.charCodeAt(start) === 13)
        )
          start++;
        if (this.divergentNumber.test(this.text.slice(start, Math.min(span.end, start + 24))))
          this.unusualScalars = true;
      }
    }
    if (
      span.kind === 'mapping' &&
      span.children.some((child, index) => index % 2 === 0 && child.kind !== 'scalar' && child.kind !== null)
    ) {
      this.complexKeys = true;
    }
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.children.push(span);
    else {
      this.root = span;
      this.usedAnchors = Object.keys(state.anchorMap ?? {}).length > 0;
    }
  };
}
