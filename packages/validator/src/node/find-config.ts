import { lstat, readFile } from 'node:fs/promises';
import { dirname, join, parse as parsePath, resolve } from 'node:path';
import { ConfigError, type LoadedConfig } from '../config/config.js';
import { parseConfig } from '../config/parse-config.js';

export const CONFIG_FILE_NAMES = ['.trialyamlrc.yaml', '.trialyamlrc.yml'] as const;

/** Why a config file could not be read, in words. */
function unreadableReason(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ELOOP':
      return 'a symbolic link loop';
    default:
      return (error as Error).message;
  }
}

/** Loads one config file; missing or unreadable files and bad contents are ConfigErrors. */
export async function loadConfigFile(filePath: string, knownRules: readonly string[]): Promise<LoadedConfig> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    throw new ConfigError(filePath, 1, 1, `cannot read the config file (${unreadableReason(error)})`);
  }
  return { filePath, directory: dirname(filePath), config: parseConfig(text, filePath, knownRules) };
}

/**
 * Finds the nearest `.trialyamlrc.yaml` (or `.yml`) in a file's folder or above it, caching by folder so a run
 * over many files reads each config once. A nearer config that exists but cannot be read is a ConfigError naming
 * it: the search never passes over it to a parent's.
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
      let text: string;
      try {
        text = await readFile(candidate, 'utf8');
      } catch (error) {
        // Only a config that is not there lets the search go on up: one that is there but cannot be read (a
        // folder, a link loop, no permission) is an error, not a silent fall back to a parent's config.
        const code = (error as NodeJS.ErrnoException).code;
        const present =
          code === 'ENOENT' &&
          (await lstat(candidate).then(
            () => true,
            () => false,
          ));
        if (present)
          throw new ConfigError(candidate, 1, 1, 'cannot read the config file (a symbolic link to nothing)');
        if (code === 'ENOENT' || code === 'ENOTDIR') continue;
        throw new ConfigError(candidate, 1, 1, `cannot read the config file (${unreadableReason(error)})`);
      }
      return { filePath: candidate, directory, config: parseConfig(text, candidate, this.knownRules) };
    }
    if (directory === parsePath(directory).root) return undefined;
    return this.forDirectory(dirname(directory));
  }
}
