// Editor ⇄ preview positions: a JSON pointer from the preview becomes a source range (core's `rangeOf`), and the
// editor's cursor becomes the pointer of the value under it (the language server package's `pointerAtOffset`).
// No `vscode` import: positions here are zero-based lines and UTF-16 columns, as in the editor.
import { loadTrial, type LoadedTrial } from '@trialyaml/core';
import { pointerAtOffset } from '@trialyaml/language-server';

export interface Position0 {
  line: number;
  character: number;
}

export interface Range0 {
  start: Position0;
  end: Position0;
}

/**
 * A document's text read once per version: the preview renders from it, and clicks and cursor moves map through
 * it, so typing parses each version once.
 */
export class TrialSnapshot {
  private loadedTrial: LoadedTrial | undefined;

  constructor(
    readonly text: string,
    readonly version: number,
  ) {}

  get loaded(): LoadedTrial {
    return (this.loadedTrial ??= loadTrial(this.text));
  }

  /** The source range of the value a pointer names (of its nearest existing ancestor when it is missing). */
  rangeOf(pointer: string): Range0 {
    const range = this.loaded.rangeOf(pointer, 'value');
    return {
      start: { line: range.line - 1, character: range.column - 1 },
      end: { line: range.endLine - 1, character: range.endColumn - 1 },
    };
  }

  /** The JSON pointer of the innermost value at a UTF-16 offset of the text; undefined outside the trial. */
  pointerAt(offset: number): string | undefined {
    return pointerAtOffset(this.text, offset);
  }
}
