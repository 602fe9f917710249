import { describe, expect, it } from 'vitest';
import {
  CancellationTokenSource,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  HoverRequest,
  LogTraceNotification,
  LSPErrorCodes,
  NotificationType0,
  PublishDiagnosticsNotification,
  ResponseError,
  SetTraceNotification,
  type ClientCapabilities,
  type DocumentDiagnosticReport,
  type Hover,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { RELEASE_HELD_VALIDATIONS } from '../src/server/validation-hold.js';
import { largeRecord } from './large-record.js';
import { startClient, type TestClient } from './lsp-client.js';

// Issue 17 item 9: a validation (parse, schema, ~110 rules) of a large document runs in steps, so a request read
// while it runs is answered before it ends, and an edit or a $/cancelRequest stops it. Nothing here races the
// clock, however slowly the client or the server is scheduled:
// - The server runs with `--hold-validation-after-parse`: each validation stops between its parse and its first
//   lint step, traces "Holding ...", and waits for the client's release. So the client acts while a validation
//   is in progress for sure, not when it happens to see a trace in time.
// - The client writes the release and its request in one write (`together`): the server has both in its input
//   before the lint goes on, and handles them in order. After the release, the only turns of the server's event
//   loop are the lint's own pauses (one per 5 ms slice; a starved server pauses more often, not less). The
//   request is handled at the first pause (a 1 MB lint makes about ten), so it is answered first if and only if
//   the lint pauses: with the pauses taken out, these tests fail (checked by breaking them on purpose).
// - `--lint-in-one-piece` never reaches the hold, so it is compared where no hold is needed: a pull and a hover
//   written together, which the server has both read before it starts the pull's lint.
// Everything asserted is order and counts, never time.

const TEXT = largeRecord(1024 * 1024);
const LINES = TEXT.split('\n');
const STATUS_LINE = LINES.findLastIndex((line) => line.includes('status: RECRUITING'));
/** A site's status (an enum value: hover explains it). */
const ON_STATUS = { line: STATUS_LINE, character: (LINES[STATUS_LINE] ?? '').indexOf('RECRUITING') + 2 };
const TITLE_LINE = LINES.findIndex((line) => line.includes('briefTitle: '));
const TITLE_END = (LINES[TITLE_LINE] ?? '').length;
const URI = 'untitled:large.trial.yaml';

const PUSH: ClientCapabilities = { textDocument: { hover: { contentFormat: ['markdown'] } } };
const PULL: ClientCapabilities = {
  textDocument: { hover: { contentFormat: ['markdown'] }, diagnostic: { dynamicRegistration: false } },
};

/** A client that records, in order, the traces and diagnostics the server sends, and waits for one of them. */
async function tracedClient(capabilities: ClientCapabilities, args: string[] = []) {
  const client = await startClient({ capabilities, args });
  const events: string[] = [];
  const waiters: Array<() => void> = [];
  const record = (event: string): void => {
    events.push(event);
    for (const wake of waiters.splice(0)) wake();
  };
  client.connection.onNotification(LogTraceNotification.type, (params) => record(params.message));
  client.connection.onNotification(PublishDiagnosticsNotification.type, (params) =>
    record(`published version ${params.version ?? '?'}`),
  );
  await client.connection.sendNotification(SetTraceNotification.type, { value: 'verbose' });
  /** Resolves once an event matching `pattern` was recorded. */
  const seen = async (pattern: RegExp): Promise<void> => {
    while (!events.some((event) => pattern.test(event)))
      await new Promise<void>((wake) => waiters.push(wake));
  };
  const open = (): Promise<void> =>
    client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: URI, languageId: 'trial-yaml', version: 1, text: TEXT },
    });
  return { client, events, record, seen, open };
}

/** A one-character edit of the title, making `version`. */
function editTitle(client: TestClient, version: number): Promise<void> {
  const at = { line: TITLE_LINE, character: TITLE_END };
  return client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri: URI, version },
    contentChanges: [{ range: { start: at, end: at }, text: 'x' }],
  });
}

const HOLD = '--hold-validation-after-parse';
const RELEASE = new NotificationType0(RELEASE_HELD_VALIDATIONS);
const HELD = (version: number): RegExp =>
  new RegExp(`^Holding the validation of .* \\(version ${version}\\) after its parse$`);

const hoverOnStatus = (client: TestClient): Promise<Hover | null> =>
  client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: ON_STATUS });

const pull = (client: TestClient, token?: CancellationTokenSource): Promise<DocumentDiagnosticReport> =>
  client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: URI } }, token?.token);

/** The rejection of `request` (`undefined` when it was answered). */
const rejectionOf = (request: Promise<unknown>): Promise<unknown> =>
  request.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('push diagnostics, each validation held after its parse', () => {
  it('answers a hover read while a 1 MB document is validated before its diagnostics', async () => {
    const { client, events, record, seen, open } = await tracedClient(PUSH, [HOLD]);
    try {
      await open();
      await seen(HELD(1));
      let hover: Promise<Hover | null> | undefined;
      await client.together(() => {
        void client.connection.sendNotification(RELEASE);
        hover = hoverOnStatus(client).then((answer) => {
          record('hover answered');
          return answer;
        });
      });
      expect(((await hover)?.contents as MarkupContent | undefined)?.value).toContain('RECRUITING');
      await seen(/^published version 1$/);
      const order = events.filter((event) => event === 'hover answered' || event === 'published version 1');
      expect(order).toEqual(['hover answered', 'published version 1']);
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });

  it('never publishes the diagnostics of a version edited while it was validated', async () => {
    const { client, events, seen, open } = await tracedClient(PUSH, [HOLD]);
    try {
      await open();
      await seen(HELD(1));
      await client.together(() => {
        void client.connection.sendNotification(RELEASE);
        void editTitle(client, 2);
      });
      await seen(HELD(2));
      await client.connection.sendNotification(RELEASE);
      await seen(/^published version 2$/);
      expect(events.filter((event) => event.startsWith('published'))).toEqual(['published version 2']);
      expect(events.some((event) => /^Dropped .* \(version 1\)/.test(event))).toBe(true);
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });
});

describe('pull diagnostics, each validation held after its parse', () => {
  it('answers a pull cancelled by $/cancelRequest while its validation runs with RequestCancelled at once, then pulls again in full', async () => {
    const { client, events, record, seen, open } = await tracedClient(PULL, [HOLD]);
    try {
      await open();
      const source = new CancellationTokenSource();
      const cancelled = rejectionOf(pull(client, source)).then((error) => {
        record('pull answered');
        return error;
      });
      await seen(HELD(1));
      // The cancel and a hover in one write, the validation still held: the cancelled pull is answered before
      // the hover, not when the validation ends.
      let hover: Promise<Hover | null> | undefined;
      await client.together(() => {
        source.cancel();
        hover = hoverOnStatus(client).then((answer) => {
          record('hover answered');
          return answer;
        });
      });
      expect(((await hover)?.contents as MarkupContent | undefined)?.value).toContain('RECRUITING');
      expect(events.filter((event) => event.endsWith('answered'))).toEqual([
        'pull answered',
        'hover answered',
      ]);
      const error = await cancelled;
      expect(error).toBeInstanceOf(ResponseError);
      expect((error as ResponseError<unknown>).code).toBe(LSPErrorCodes.RequestCancelled);
      // The validation goes on for whoever asks next: released once, its outcome answers the next pull.
      await client.connection.sendNotification(RELEASE);
      const report = await pull(client);
      expect(report.kind).toBe('full');
      expect(report.kind === 'full' && report.resultId).toBe('1:0');
      expect(events.filter((event) => HELD(1).test(event))).toHaveLength(1);
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });

  it('answers a pull whose version is edited while it runs with ServerCancelled (retrigger), and the next one in full', async () => {
    const { client, seen, open } = await tracedClient(PULL, [HOLD]);
    try {
      await open();
      const stale = rejectionOf(pull(client));
      await seen(HELD(1));
      await client.together(() => {
        void client.connection.sendNotification(RELEASE);
        void editTitle(client, 2);
      });
      const error = await stale;
      expect(error).toBeInstanceOf(ResponseError);
      expect((error as ResponseError<unknown>).code).toBe(LSPErrorCodes.ServerCancelled);
      expect((error as ResponseError<{ retriggerRequest: boolean }>).data).toEqual({
        retriggerRequest: true,
      });
      const next = pull(client);
      await seen(HELD(2));
      await client.connection.sendNotification(RELEASE);
      const report = await next;
      expect(report.kind === 'full' && report.resultId).toBe('2:0');
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });
});

describe.each([
  { mode: 'in steps', args: [], hoverFirst: true },
  { mode: 'in one piece', args: ['--lint-in-one-piece'], hoverFirst: false },
])('pull diagnostics and a hover written together, lint $mode', ({ args, hoverFirst }) => {
  it(`answers the hover ${hoverFirst ? 'before' : 'after'} the pull`, async () => {
    const { client, events, record, open } = await tracedClient(PULL, args);
    try {
      await open();
      let pulled: Promise<DocumentDiagnosticReport> | undefined;
      let hover: Promise<Hover | null> | undefined;
      // One write: the server has read the hover before it handles the pull.
      await client.together(() => {
        pulled = pull(client).then((report) => {
          record('pull answered');
          return report;
        });
        hover = hoverOnStatus(client).then((answer) => {
          record('hover answered');
          return answer;
        });
      });
      expect(((await hover)?.contents as MarkupContent | undefined)?.value).toContain('RECRUITING');
      expect((await pulled)?.kind).toBe('full');
      expect(events.filter((event) => event.endsWith('answered'))).toEqual(
        hoverFirst ? ['hover answered', 'pull answered'] : ['pull answered', 'hover answered'],
      );
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });
});
