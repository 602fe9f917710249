import picomatch from 'picomatch';
import type { Rule } from '../engine/rule.js';
import {
  presetSettings,
  sharedPresetSettings,
  type RuleSetting,
  type RuleSettings,
} from '../engine/severity-config.js';
import type { LoadedConfig } from './config.js';

/**
 * The level of every rule for one file: the preset named by `extends` (default recommended), then `rules`,
 * then each override whose `files` globs match the file's path relative to the config's folder, in order.
 */
export function resolveSettings(
  rules: readonly Rule[],
  loaded: LoadedConfig | undefined,
  relativePath: string,
): RuleSettings {
  // A run resolves the same settings for thousands of files: a preset alone is shared (the map is read-only).
  if (!loaded) return sharedPresetSettings('recommended', rules);
  const settings = presetSettings(loaded.config.extends ?? 'recommended', rules);
  const apply = (entries: Record<string, RuleSetting> | undefined): void => {
    for (const [id, setting] of Object.entries(entries ?? {})) settings.set(id, setting);
  };
  apply(loaded.config.rules);
  const path = relativePath.split('\\').join('/');
  for (const override of loaded.config.overrides ?? []) {
    if (matcherOf(override.files)(path)) apply(override.rules);
  }
  return settings;
}

/** Compiled globs, kept with the config's override (compiling them is most of the cost of matching). */
const matchers = new WeakMap<readonly string[], (path: string) => boolean>();

function matcherOf(files: readonly string[]): (path: string) => boolean {
  let matcher = matchers.get(files);
  if (!matcher) matchers.set(files, (matcher = picomatch([...files], { dot: true })));
  return matcher;
}
