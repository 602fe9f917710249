// Reads the `trialyaml.*` settings for a resource, sanitized (see settings.ts).
import * as vscode from 'vscode';
import { SETTINGS_SECTION, sanitizeSettings, type TrialyamlSettings } from './settings.js';

/** The settings that apply to a document (workspace-folder settings win over user settings). */
export function readSettings(scope?: vscode.Uri): TrialyamlSettings {
  return sanitizeSettings(vscode.workspace.getConfiguration(undefined, scope).get(SETTINGS_SECTION));
}
