// The Node entry of the language server: stdio (`--stdio`), IPC (`--node-ipc`, as VS Code starts it with
// TransportKind.ipc), sockets (`--socket=<port>`) or pipes (`--pipe=<name>`). Importing this module starts it.
import { setFlagsFromString } from 'node:v8';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../server/start-server.js';
import { SERVER_NAME, SERVER_VERSION } from '../version.js';
import { NodeConfiguration } from './node-configuration.js';
import { guardMessageFraming } from './stdio-framing-guard.js';

const USAGE = `Usage: ${SERVER_NAME} --stdio | --node-ipc | --socket=<port> | --pipe=<name> [--lint-in-one-piece]
       [--hold-validation-after-parse]

The TrialYAML language server (LSP): diagnostics, completion, hover, quick fixes, outline, folding, go to
definition, references, rename and formatting for clinical trial files (*.trial.yaml).

--lint-in-one-piece  lint each version in one go, without pauses: requests read meanwhile wait for
                     the whole lint (only to measure the difference; by default the lint lets them in).
--hold-validation-after-parse
                     tests only: each validation in steps waits after its parse until the client sends
                     trialyaml/releaseHeldValidations, so a request sent with it arrives mid-validation.
`;

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${SERVER_VERSION}\n`);
} else if (
  args.includes('--help') ||
  args.includes('-h') ||
  !args.some((arg) => /^--(stdio|node-ipc|socket=|pipe=)/.test(arg))
) {
  (args.includes('--help') || args.includes('-h') ? process.stdout : process.stderr).write(USAGE);
  if (!args.includes('--help') && !args.includes('-h')) process.exitCode = 2;
} else {
  // Every edit of a multi-megabyte record replaces ~20 MB of parsed data. V8's default heap growth lets old
  // versions pile up to several times the live size before a full collection; growing the heap by at most 20%
  // keeps the peak near the live size (measured: 2 MB record, 359 → <300 MB peak RSS) at no cost in latency.
  // The flag is read at each collection, so setting it now works; a value given on the command line wins.
  const nodeOptions = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
  if (!/heap[-_]growing[-_]percent/.test(nodeOptions)) setFlagsFromString('--heap-growing-percent=20');
  // A client that breaks the message framing cannot be read any further: say what it sent, and stop (before
  // the connection's reader, which would wait forever or misread what follows).
  if (args.includes('--stdio'))
    guardMessageFraming(process.stdin, (problem) => {
      process.stderr.write(
        `${SERVER_NAME}: the client sent ${problem}; what follows cannot be read as messages. Exiting.\n`,
      );
      process.exit(1);
    });
  const connection = createConnection(ProposedFeatures.all);
  // The client went away (closed our output, or the connection): nothing can be answered any more.
  const clientGone = (): never => {
    process.stderr.write(`${SERVER_NAME}: the client closed the connection. Exiting.\n`);
    process.exit(1);
  };
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') clientGone();
    throw error;
  });
  // A bug must not take the editor's server down: log it and keep serving.
  const report = (what: string): void => {
    try {
      connection.console.error(what);
    } catch {
      // The connection is closed: the client is gone.
      clientGone();
    }
  };
  process.on('uncaughtException', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') clientGone();
    report(`Uncaught: ${error.stack ?? error.message}`);
  });
  process.on('unhandledRejection', (reason) => report(`Unhandled rejection: ${String(reason)}`));
  startServer(connection, {
    platform: new NodeConfiguration(),
    lintInSteps: !args.includes('--lint-in-one-piece'),
    holdValidationAfterParse: args.includes('--hold-validation-after-parse'),
  });
}
