import type { Severity } from '../findings.js';
import type { OptInPreset, Rule } from './rule.js';

/** A rule's configured level: a severity, or off. */
export type RuleSetting = Severity | 'off';

/** The level of every rule for one file, after presets, rules and overrides. */
export type RuleSettings = ReadonlyMap<string, RuleSetting>;

export type PresetName = 'recommended' | 'strict' | OptInPreset;

/** The presets a config can extend, in the order the docs list them; the first is the default. */
export const PRESET_NAMES: readonly PresetName[] = ['recommended', 'strict', 'us-fdaaa'];

/** What the registry does, in `strict`: blocks or returns at review → error; other warnings stay warnings. */
function strictSeverity(rule: Rule): Severity {
  switch (rule.meta.registry) {
    case 'error':
    case 'review-major':
    case 'tool':
      return 'error';
    case 'warning':
      return 'warning';
    default:
      return rule.meta.defaultSeverity;
  }
}

/**
 * The settings of a preset, computed from the rules' metadata (never maintained by hand): `recommended` is each
 * rule's default severity, `strict` grades them by what the registry does, and an opt-in preset (`us-fdaaa`) is
 * `recommended` plus the rules that name it. Rules that name an opt-in preset are off everywhere else.
 */
export function presetSettings(preset: PresetName, rules: Iterable<Rule>): Map<string, RuleSetting> {
  const settings = new Map<string, RuleSetting>();
  for (const rule of rules) {
    const optIn = rule.meta.preset;
    if (optIn) settings.set(rule.meta.id, optIn === preset ? rule.meta.defaultSeverity : 'off');
    else settings.set(rule.meta.id, preset === 'strict' ? strictSeverity(rule) : rule.meta.defaultSeverity);
  }
  return settings;
}

const presets = new WeakMap<readonly Rule[], Map<PresetName, RuleSettings>>();

/** The settings of a preset, computed once per rule list and shared (read-only). */
export function sharedPresetSettings(preset: PresetName, rules: readonly Rule[]): RuleSettings {
  let byPreset = presets.get(rules);
  if (!byPreset) presets.set(rules, (byPreset = new Map<PresetName, RuleSettings>()));
  let settings = byPreset.get(preset);
  if (!settings) byPreset.set(preset, (settings = presetSettings(preset, rules)));
  return settings;
}
