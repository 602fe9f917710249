// "TrialYAML: New Trial": an untitled trial document holding core's new-trial template, as a snippet (Tab moves
// from one placeholder to the next; codes are offered as choices).
import { newTrialSnippet } from '@trialyaml/core';
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../client/client-options.js';
import { readSettings } from '../client/configuration.js';

/** Today in the local time zone, yyyy-MM-dd. */
export function localToday(now = new Date()): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export async function newTrial(): Promise<vscode.TextEditor> {
  // Dates follow `trialyaml.asOf` when set: the draft plans its dates from the same "today" the checks use.
  const today = readSettings().asOf ?? localToday();
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(newTrialSnippet({ today })), new vscode.Position(0, 0));
  return editor;
}
