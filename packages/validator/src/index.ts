// Runs anywhere (Node, browsers, workers). Output formatters are Node-side: '@trialyaml/validator/formatters'.
export { lintTrial, lintTrialSteps, today, type LintedTrial, type LintOptions } from './engine/lint-trial.js';
export {
  defineRule,
  ruleDocsUrl,
  type Rule,
  type RuleCategory,
  type RuleContext,
  type RuleMeta,
  type RuleReport,
  type RegistryLevel,
  type OptInPreset,
} from './engine/rule.js';
export {
  PRESET_NAMES,
  presetSettings,
  type PresetName,
  type RuleSetting,
  type RuleSettings,
} from './engine/severity-config.js';
export { toFileReport, type FileReport, type Finding, type Severity } from './findings.js';
export { allRules, ruleRegistry, type RuleId } from './rules/index.js';
export { applyFixes, type FixOutcome } from './fixes/apply-fixes.js';
export { applyTextEdits, toTextEdit } from './fixes/to-text-edits.js';
export type { FixOperation, TextEdit } from './fixes/fix-operation.js';
export { parseDirectives, type Directive } from './suppressions/directives.js';
export { ENTERABLE_STATUSES, EXPANDED_ACCESS_STATUSES } from './rule-support/status.js';
export { ConfigError, type LoadedConfig, type TrialyamlConfig } from './config/config.js';
export { configSchema, parseConfig } from './config/parse-config.js';
export { resolveSettings } from './config/resolve-settings.js';
