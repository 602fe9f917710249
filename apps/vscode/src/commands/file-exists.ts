import * as vscode from 'vscode';

/** Whether anything is at `uri`, through the workspace file system (so it works in the web extension too). */
export async function fileExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
