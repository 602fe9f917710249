import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, allRules, resolveSettings } from '@trialyaml/validator';
import { CONFIG_FILE_NAMES, ConfigFinder } from '@trialyaml/validator/node';
import type { LintConfiguration } from '../service/diagnostics.js';
import type { PlatformConfiguration } from '../server/start-server.js';

/**
 * The lint configuration of a file on disk, found exactly as `trialyaml lint` finds it: the nearest
 * `.trialyamlrc.yaml` (or `.yml`) in the file's folder or above, its preset, rules and the overrides whose globs
 * match the file's path relative to the config's folder. Documents that are not files (untitled, virtual) get
 * the recommended preset.
 */
export class NodeConfiguration implements PlatformConfiguration {
  readonly watchGlobs = CONFIG_FILE_NAMES.map((name) => `**/${name}`);
  private readonly knownRules = allRules.map((rule) => rule.meta.id);
  private finder = new ConfigFinder(this.knownRules);

  async forDocument(uri: string): Promise<LintConfiguration> {
    if (!uri.startsWith('file:')) return {};
    let filePath: string;
    try {
      filePath = fileURLToPath(uri);
    } catch {
      return {};
    }
    try {
      const config = await this.finder.forFile(filePath);
      return {
        filePath,
        settings: resolveSettings(
          allRules,
          config,
          relative(config?.directory ?? dirname(filePath), filePath),
        ),
      };
    } catch (error) {
      const message =
        error instanceof ConfigError
          ? `Invalid configuration: ${error.message}.`
          : `The configuration could not be read: ${error instanceof Error ? error.message : String(error)}.`;
      return { filePath, problem: message };
    }
  }

  reset(): void {
    this.finder = new ConfigFinder(this.knownRules);
  }
}
