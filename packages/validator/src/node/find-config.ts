import { readFile } from 'node:fs/promises';
import { dirname, join, parse as parsePath, resolve } from 'node:path';
import { ConfigError, type LoadedConfig } from '../config/config.js';
import { parseConfig } from '../config/parse-config.js';

export const CONFIG_FILE_NAMES = ['.trialyamlrc.yaml', '.trialyamlrc.yml'] as const;

/** Loads one config file; missing or unreadable files and bad contents are ConfigErrors. */
export async function loadConfigFile(filePath: string, knownRules: readonly string[]): Promise<LoadedConfig> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new ConfigError(filePath, 1, 1, `cannot read the config file (${reason})`);
  }
  return { filePath, directory: dirname(filePath), config: parseConfig(text, filePath, knownRules) };
}

/**
 * Finds the nearest `.trialyamlrc.yaml` (or `.yml`) in a file's folder or above it, caching by folder so a run
 * over many files reads each config once.
 */
export class ConfigFinder {
  private readonly byDirectory = new Map<string, Promise<LoadedConfig | undefined>>();

  constructor(private readonly knownRules: readonly string[]) {}

  forFile(filePath: string): Promise<LoadedConfig | undefined> {
    return this.forDirectory(dirname(resolve(filePath)));
  }

  private forDirectory(directory: string): Promise<LoadedConfig | undefined> {
    let pending = this.byDirectory.get(directory);
    if (!pending) {
      pending = this.search(directory);
      this.byDirectory.set(directory, pending);
    }
    return pending;
  }

  private async search(directory: string): Promise<LoadedConfig | undefined> {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(directory, name);
      const text = await readFile(candidate, 'utf8').catch(() => undefined);
      if (text !== undefined)
        return { filePath: candidate, directory, config: parseConfig(text, candidate, this.knownRules) };
    }
    if (directory === parsePath(directory).root) return undefined;
    return this.forDirectory(dirname(directory));
  }
}
