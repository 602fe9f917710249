import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  HoverRequest,
  PublishDiagnosticsNotification,
  type MarkupContent,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { serverBin, startClient } from './lsp-client.js';

// Issue 17: bursts of edits, broken message framing and a client that goes away, over the real stdio transport.
// Nothing here depends on how fast the machine is: the assertions are about versions and order, not time.

describe('a burst of edits (push diagnostics)', () => {
  it('answers a hover from the latest version and publishes diagnostics in version order, ending with the last', async () => {
    const client = await startClient({
      capabilities: { textDocument: { hover: { contentFormat: ['markdown'] } } },
    });
    try {
      const uri = 'untitled:burst.trial.yaml';
      const published: PublishDiagnosticsParams[] = [];
      let lastSeen: (() => void) | undefined;
      client.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
        published.push(params);
        lastSeen?.();
      });
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: {
          uri,
          languageId: 'trial-yaml',
          version: 1,
          text: 'statusModule:\n  overallStatus: RECRUITING\nidentificationModule:\n  briefTitle: A\n',
        },
      });
      // 300 keystrokes in the title, then the status changed and a key added, all sent without waiting.
      const changes: TextDocumentContentChangeEvent[] = [];
      for (let i = 0; i < 300; i++) {
        const at = { line: 3, character: 15 + i };
        changes.push({ range: { start: at, end: at }, text: 'b' });
      }
      changes.push({
        range: { start: { line: 1, character: 17 }, end: { line: 1, character: 27 } },
        text: 'TERMINATED',
      });
      changes.push({
        range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } },
        text: '  acronym: ABC\n',
      });
      const last = changes.length + 1;
      for (const [index, change] of changes.entries())
        void client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
          textDocument: { uri, version: index + 2 },
          contentChanges: [change],
        });
      // The key exists only in the last version.
      const hover = await client.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri },
        position: { line: 4, character: 4 },
      });
      expect((hover?.contents as MarkupContent | undefined)?.value).toContain('**Acronym**');

      while (!published.some((params) => params.version === last))
        await new Promise<void>((resolve) => (lastSeen = resolve));
      const versions = published.map((params) => params.version ?? 0);
      expect(versions).toEqual([...versions].sort((a, b) => a - b));
      expect(new Set(versions).size).toBe(versions.length);
      const final = published.find((params) => params.version === last);
      expect(final?.diagnostics.map((diagnostic) => diagnostic.code)).toContain('why-stopped-required');
      // Every version published was the latest when published: none in the middle of the burst is older than
      // one already shown (checked above), and the text of the last is what was linted.
      expect(final?.diagnostics.some((diagnostic) => diagnostic.range.start.line === 1)).toBe(true);
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });
});

/** Runs the server on stdio, writes `input` (then keeps stdin open), and resolves when it exits. */
function runWithInput(
  write: (stdin: NodeJS.WritableStream, stdout: NodeJS.ReadableStream & { destroy(): void }) => void,
): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  child.stdin.on('error', () => undefined);
  const exited = new Promise<{ code: number | null; stderr: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, stderr })),
  );
  write(child.stdin, child.stdout);
  return exited.finally(() => child.stdin.destroy());
}

function frame(message: object): string {
  const body = Buffer.from(JSON.stringify(message));
  return `Content-Length: ${body.length}\r\n\r\n${body.toString()}`;
}

const INITIALIZE = frame({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { processId: null, rootUri: null, capabilities: {} },
});

describe('broken message framing', () => {
  it.each([
    [
      'a negative Content-Length',
      'Content-Length: -5\r\n\r\n{}',
      /Content-Length that is not a number of bytes: "-5"/,
    ],
    [
      'a Content-Length that is not a number',
      'Content-Length: lots\r\n\r\n{}',
      /not a number of bytes: "lots"/,
    ],
    ['a header without Content-Length', 'Content-Type: text/plain\r\n\r\n{}', /without Content-Length/],
    ['a line that is no header', 'hello\r\n\r\n', /not "name: value": "hello"/],
    ['a header that never ends', 'X: ' + 'y'.repeat(10_000), /no end within 8192 bytes/],
  ])('%s, after a valid message: a message naming it, exit code 1', async (_name, garbage, message) => {
    const { code, stderr } = await runWithInput((stdin) => stdin.write(INITIALIZE + garbage));
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('cannot be read as messages');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('control characters of a broken header are shown escaped', async () => {
    const { code, stderr } = await runWithInput((stdin) =>
      stdin.write('Content-Length: \u001b]0;x\u0007\r\n\r\n'),
    );
    expect(code).toBe(1);
    expect(stderr).toContain('\\u001b');
    expect(stderr).not.toContain('\u001b');
  });
});

describe('a client that goes away', () => {
  it('closing what the server writes to: it exits with a message, no stack trace', async () => {
    const { code, stderr } = await runWithInput((stdin, stdout) => {
      stdin.write(INITIALIZE);
      stdout.once('data', () => {
        stdout.destroy();
        for (let id = 2; id < 40; id++)
          stdin.write(
            frame({
              jsonrpc: '2.0',
              id,
              method: 'textDocument/hover',
              params: { textDocument: { uri: 'untitled:x' }, position: { line: 0, character: 0 } },
            }),
          );
      });
    });
    expect(code).toBe(1);
    expect(stderr).toContain('the client closed the connection');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('closing what it reads from, without shutdown: it exits with code 1 and no stack trace', async () => {
    const { code, stderr } = await runWithInput((stdin) => stdin.end(INITIALIZE));
    expect(code).toBe(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
