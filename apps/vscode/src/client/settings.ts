// The extension's settings (`trialyaml.*`), read through type-checking guards: a hand-edited settings.json can hold
// anything, and neither the server nor the preview should see a value of the wrong type. No `vscode` import here.
import { isPlainObject } from '@trialyaml/core';

/** The configuration section of every setting (`trialyaml.*`); the language server asks for the same one. */
export const SETTINGS_SECTION = 'trialyaml';

/** Settings as the extension and the language server use them. */
export interface TrialyamlSettings {
  /** The day date rules treat as today (yyyy-MM-dd); undefined for today. */
  asOf: string | undefined;
  trace: { server: 'off' | 'messages' | 'verbose' };
  preview: {
    showProblems: boolean;
    scrollPreviewWithEditor: boolean;
  };
  ctgov: {
    /** The registry API root that records are fetched from (http or https). */
    apiBaseUrl: string;
  };
}

export const DEFAULT_API_BASE_URL = 'https://clinicaltrials.gov/api/v2';

export const DEFAULT_SETTINGS: TrialyamlSettings = {
  asOf: undefined,
  trace: { server: 'off' },
  preview: { showProblems: true, scrollPreviewWithEditor: true },
  ctgov: { apiBaseUrl: DEFAULT_API_BASE_URL },
};

/** `value` when it has the type of `fallback`, else `fallback`. */
export function sanitize<T extends string | number | boolean>(value: unknown, fallback: T): T {
  return typeof value === typeof fallback && (typeof value !== 'number' || Number.isFinite(value))
    ? (value as T)
    : fallback;
}

/** `value` when it is one of `allowed`, else `fallback`. */
export function sanitizeEnum<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fallback;
}

/** A calendar day written yyyy-MM-dd (that exists: no 2026-02-30), else undefined. */
export function sanitizeDay(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const day = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day ? day : undefined;
}

/** An absolute http(s) URL without credentials, query or fragment, else `fallback`. */
export function sanitizeHttpUrl(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || value.trim() === '') return fallback;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return fallback;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return fallback;
  if (url.username || url.password || url.search || url.hash) return fallback;
  return url.href.replace(/\/+$/, '');
}

/**
 * The `trialyaml` configuration section (as `workspace.getConfiguration().get('trialyaml')` returns it, or as
 * the language client answers a `workspace/configuration` request) → settings with every value checked.
 */
export function sanitizeSettings(raw: unknown): TrialyamlSettings {
  const section = isPlainObject(raw) ? raw : {};
  const trace = isPlainObject(section.trace) ? section.trace : {};
  const preview = isPlainObject(section.preview) ? section.preview : {};
  const ctgov = isPlainObject(section.ctgov) ? section.ctgov : {};
  return {
    asOf: sanitizeDay(section.asOf),
    trace: { server: sanitizeEnum(trace.server, ['off', 'messages', 'verbose'], 'off') },
    preview: {
      showProblems: sanitize(preview.showProblems, DEFAULT_SETTINGS.preview.showProblems),
      scrollPreviewWithEditor: sanitize(
        preview.scrollPreviewWithEditor,
        DEFAULT_SETTINGS.preview.scrollPreviewWithEditor,
      ),
    },
    ctgov: { apiBaseUrl: sanitizeHttpUrl(ctgov.apiBaseUrl, DEFAULT_API_BASE_URL) },
  };
}
