import type { PresetName, RuleSetting } from '../engine/severity-config.js';

/** The contents of a `.trialyamlrc.yaml`. */
export interface TrialyamlConfig {
  extends?: PresetName;
  rules?: Record<string, RuleSetting>;
  overrides?: Array<{ files: string[]; rules: Record<string, RuleSetting> }>;
}

/** A config file's problem, positioned in that file. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    readonly filePath: string,
    readonly line: number,
    readonly column: number,
    message: string,
  ) {
    super(`${filePath}:${line}:${column}: ${message}`);
  }
}

/** A config as loaded: its contents and the folder its globs are relative to. */
export interface LoadedConfig {
  filePath: string;
  directory: string;
  config: TrialyamlConfig;
}
