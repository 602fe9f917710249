// `--base-url` and `--timeout`, the registry options of the commands that fetch records (import, diff): read and
// checked once, with the same messages.
import { DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS } from '@trialyaml/ctgov';
import { UsageError } from './exit-codes.js';

/** The checked registry options: the API root as given, and the wait in milliseconds. */
export function registryOptions(values: { 'base-url': string; timeout?: string | undefined }): {
  baseUrl: string;
  timeoutMs: number;
} {
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  if (values.timeout !== undefined) {
    const seconds = Number(values.timeout);
    if (!/^\d+(\.\d+)?$/.test(values.timeout) || seconds <= 0) {
      throw new UsageError(`--timeout takes a number of seconds above 0, not "${values.timeout}".`);
    }
    timeoutMs = Math.round(seconds * 1000);
  }
  let baseUrl: URL;
  try {
    baseUrl = new URL(values['base-url']);
  } catch {
    throw new UsageError(`--base-url takes a URL such as ${DEFAULT_BASE_URL}, not "${values['base-url']}".`);
  }
  if (baseUrl.protocol !== 'http:' && baseUrl.protocol !== 'https:') {
    throw new UsageError(`--base-url must be an http:// or https:// URL, not "${values['base-url']}".`);
  }
  return { baseUrl: values['base-url'], timeoutMs };
}
