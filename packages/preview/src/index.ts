export { renderTrial } from './render-trial.js';
export { renderIndex } from './render-index.js';
export { THEME_VARIABLES } from './styles.js';
export { DEFAULT_CSP } from './page.js';
export type {
  IndexEntry,
  IndexOptions,
  IndexSortKey,
  PageOptions,
  Problem,
  ProblemSeverity,
  RenderOptions,
  Theme,
} from './types.js';
