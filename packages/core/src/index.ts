export type * from './generated/trial-types.js';
export {
  decodePointer,
  encodePointer,
  escapePointerToken,
  getAtPointer,
  joinPointer,
  keyPath,
  parentPointer,
  type PathSegment,
} from './pointer.js';
export { nearest } from './text/nearest.js';
export {
  DEFAULT_MAX_BYTES,
  loadTrial,
  type LoadTrialOptions,
  type LoadedTrial,
  type RangeTarget,
} from './yaml/load-trial.js';
export { nodeAtPointer, type PointerLocation } from './yaml/node-at-pointer.js';
export { aliasProblem, type AliasProblem } from './yaml/alias-problem.js';
export { MAX_NESTING } from './yaml/nesting-guard.js';
export type { ReadProblem, ReadProblemCode } from './yaml/read-problem.js';
export type { SourceRange } from './yaml/source-range.js';
export type { SchemaNode } from './schema/schema-node.js';
export type { SchemaFinding, SchemaSuggestion } from './schema/schema-finding.js';
export { trialSchema, TRIAL_SCHEMA_ID, SCHEMA_ANNOTATION_KEYWORDS } from './schema/trial-schema.js';
export { definitionName, resolveSchema, schemaAtPath, schemaAtPointer } from './schema/schema-navigator.js';
export { enumLabel, enumValues, valueLabelAt } from './labels/enum-labels.js';
export { FORM_SECTIONS, fieldLabel, formSection, type FormSection } from './labels/field-labels.js';
export {
  describeSection,
  sectionState,
  startedSections,
  summarizeSections,
  type SectionState,
  type SectionSummary,
  type SummaryProblem,
} from './labels/record-summary.js';
export { isPlainObject } from './object.js';
export { unescapeMarkup } from './text/markup.js';
export {
  firstCriteriaHeading,
  hasCriteriaHeading,
  inclusionItems,
  inclusionPart,
  plainCriteriaText,
  plainInclusionText,
  splitCriteria,
  type CriteriaHeadingKind,
  type CriteriaPart,
} from './text/eligibility-criteria.js';
export { validateTrialSchema } from './schema/validate-schema.js';
export { orderLikeSchema } from './write/canonical-order.js';
export { stringifyTrial, type StringifyTrialOptions } from './write/stringify-trial.js';
export { canonicalizeDocument, formatTrialText } from './write/format-trial-document.js';
export {
  newTrialDraft,
  newTrialSnippet,
  orgStudyIdProblem,
  snippetToText,
  type NewTrialDraftOptions,
} from './write/new-trial-template.js';
export { TRIAL_TO_STRING_OPTIONS } from './write/stringify-options.js';
export * from './deadlines/index.js';
export * from './diff/index.js';
