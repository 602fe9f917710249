import type { SourceRange } from './source-range.js';

/** What kind of problem stopped or hampered reading a file. */
export type ReadProblemCode =
  | 'binary-file'
  | 'file-too-large'
  | 'invalid-encoding'
  | 'syntax-error'
  | 'duplicate-key'
  | 'tab-indentation'
  | 'multiple-documents'
  | 'root-not-mapping'
  | 'alias-limit'
  | 'undefined-alias'
  | 'unsupported-yaml'
  | 'internal-error';

/** A problem found while reading a trial file, before any schema check. */
export interface ReadProblem {
  code: ReadProblemCode;
  severity: 'error' | 'warning';
  message: string;
  range: SourceRange;
}
