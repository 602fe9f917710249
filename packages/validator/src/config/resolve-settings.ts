import picomatch from 'picomatch';
import type { Rule } from '../engine/rule.js';
import { presetSettings, type RuleSetting, type RuleSettings } from '../engine/severity-config.js';
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
  const settings = presetSettings(loaded?.config.extends ?? 'recommended', rules);
  if (!loaded) return settings;
  const apply = (entries: Record<string, RuleSetting> | undefined): void => {
    for (const [id, setting] of Object.entries(entries ?? {})) settings.set(id, setting);
  };
  apply(loaded.config.rules);
  const path = relativePath.split('\\').join('/');
  for (const override of loaded.config.overrides ?? []) {
    if (picomatch(override.files, { dot: true })(path)) apply(override.rules);
  }
  return settings;
}
