import type { Connection } from 'vscode-languageserver';

/** The section of the client's settings the server reads (`trialyaml.*`). */
export const SETTINGS_SECTION = 'trialyaml';

/** The server's settings, read per document (they may differ per folder). */
export interface TrialyamlSettings {
  /** The day date rules treat as today (`yyyy-MM-dd`), like `trialyaml lint --as-of`. Default: today. */
  asOf?: string;
}

/** Keeps only well-formed settings; anything else is dropped (a bad value must never break linting). */
export function sanitizeSettings(value: unknown): TrialyamlSettings {
  const settings: TrialyamlSettings = {};
  if (value === null || typeof value !== 'object') return settings;
  const asOf = (value as Record<string, unknown>).asOf;
  if (typeof asOf === 'string' && isDay(asOf)) settings.asOf = asOf;
  return settings;
}

function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Settings per document: asked from the client (`workspace/configuration`, scoped to the document) and cached
 * until the configuration changes or the document closes. Clients that cannot be asked push them with
 * `workspace/didChangeConfiguration`; those are used for every document.
 */
export class DocumentSettings {
  private readonly perDocument = new Map<string, Promise<TrialyamlSettings>>();
  private global: TrialyamlSettings = {};

  constructor(
    private readonly connection: Connection,
    private readonly canAsk: () => boolean,
  ) {}

  get(uri: string): Promise<TrialyamlSettings> {
    if (!this.canAsk()) return Promise.resolve(this.global);
    let pending = this.perDocument.get(uri);
    if (!pending) {
      pending = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
        .then(sanitizeSettings, () => ({}));
      this.perDocument.set(uri, pending);
    }
    return pending;
  }

  /** After `workspace/didChangeConfiguration`: forget what was asked, keep what was pushed. */
  changed(pushed: unknown): void {
    this.perDocument.clear();
    const section =
      pushed !== null && typeof pushed === 'object'
        ? (pushed as Record<string, unknown>)[SETTINGS_SECTION]
        : undefined;
    this.global = sanitizeSettings(section);
  }

  delete(uri: string): void {
    this.perDocument.delete(uri);
  }
}
