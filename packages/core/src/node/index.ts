// Node-only helpers (file system). Kept apart from the main entry so core also runs in browsers and workers.
export {
  readTrialHistories,
  readTrialHistory,
  type ReadTrialHistoriesOptions,
  type ReadTrialHistoryOptions,
} from './trial-history.js';
