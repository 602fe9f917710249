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
  private readonly stack: Span[] = [];

  readonly listener = (
    event: 'open' | 'close',
    state: { position: number; kind: string | null; anchorMap?: object },
  ): void => {
    if (event === 'open') {
      this.stack.push({ start: state.position, end: state.position, kind: null, children: [] });
      return;
    }
    const span = this.stack.pop();
    if (!span) return;
    span.end = state.position;
    span.kind = state.kind;
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
