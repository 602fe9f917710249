export { diffTrials } from './diff-trials.js';
export { describeItem, identityFields, itemIdentity } from './identity.js';
export { normalizeValue } from './normalize.js';
export { registryLines } from './registry-lines.js';
export type { ChangeKind, TrialChange } from './types.js';
