// `trialyaml.insertSnippet`: inserts a snippet the server computed (a quick fix that adds what is missing), so the
// author gets its tab stops and choices; LSP code actions cannot carry snippets portably. The server sends this
// command only because the client says it runs it (`insertSnippetCommand` in the initialization options).
import * as vscode from 'vscode';

/** What the server sends: the document, the version the range refers to, the range and the snippet text. */
interface InsertSnippetArgument {
  uri: string;
  version: number;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  snippet: string;
}

function isPosition(value: unknown): value is { line: number; character: number } {
  const position = value as { line?: unknown; character?: unknown } | null;
  return typeof position?.line === 'number' && typeof position.character === 'number';
}

function isArgument(value: unknown): value is InsertSnippetArgument {
  const argument = value as Partial<InsertSnippetArgument> | null;
  return (
    typeof argument?.uri === 'string' &&
    typeof argument.version === 'number' &&
    typeof argument.snippet === 'string' &&
    isPosition(argument.range?.start) &&
    isPosition(argument.range.end)
  );
}

export async function insertSnippet(arg?: unknown): Promise<void> {
  if (!isArgument(arg)) return;
  const visible = vscode.window.visibleTextEditors.find(
    (editor) => editor.document.uri.toString() === arg.uri,
  );
  const document =
    visible?.document ?? (await vscode.workspace.openTextDocument(vscode.Uri.parse(arg.uri, true)));
  if (document.version !== arg.version) {
    void vscode.window.showInformationMessage('The file changed since the fix was offered: choose it again.');
    return;
  }
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn });
  const { start, end } = arg.range;
  await editor.insertSnippet(
    new vscode.SnippetString(arg.snippet),
    new vscode.Range(start.line, start.character, end.line, end.character),
  );
}
