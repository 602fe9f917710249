// @trialyaml/language-server: the TrialYAML language service (pure, in-process) and its LSP wiring.
// Entry points that start a server: './node/server.js' (stdio / IPC) and './browser/server.js' (web worker).
export {
  createLanguageService,
  type LanguageService,
  type LanguageServiceOptions,
} from './service/language-service.js';
export {
  DEFAULT_CLIENT_FEATURES,
  clientFeaturesFrom,
  type ClientFeatures,
} from './service/client-features.js';
export { DIAGNOSTIC_SOURCE, toDiagnostic, type LintConfiguration } from './service/diagnostics.js';
export { FIX_ALL_KIND, SHOW_RULE_DOCS_COMMAND, type CodeActionData } from './service/code-actions.js';
export { INSERT_SNIPPET_COMMAND, type InsertSnippetArgument } from './service/code-actions-add-missing.js';
export {
  cursorContextAt,
  pathAtOffset,
  pointerAtOffset,
  type CursorContext,
} from './service/path-at-offset.js';
export {
  startServer,
  type PlatformConfiguration,
  type RunningServer,
  type StartServerOptions,
} from './server/start-server.js';
export { serverCapabilities } from './server/capabilities.js';
export { SETTINGS_SECTION, type TrialyamlSettings } from './server/settings.js';
export { SERVER_NAME, SERVER_VERSION } from './version.js';

/** The language id of trial files (`*.trial.yaml`, `*.trial.yml`). */
export const LANGUAGE_ID = 'trial-yaml';
