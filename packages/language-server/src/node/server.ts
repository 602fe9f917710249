// The Node entry of the language server: stdio (`--stdio`), IPC (`--node-ipc`, as VS Code starts it with
// TransportKind.ipc), sockets (`--socket=<port>`) or pipes (`--pipe=<name>`). Importing this module starts it.
import { setFlagsFromString } from 'node:v8';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../server/start-server.js';
import { SERVER_NAME, SERVER_VERSION } from '../version.js';
import { NodeConfiguration } from './node-configuration.js';

const USAGE = `Usage: ${SERVER_NAME} --stdio | --node-ipc | --socket=<port> | --pipe=<name>

The TrialYAML language server (LSP): diagnostics, completion, hover, quick fixes, outline, folding, go to
definition, references, rename and formatting for clinical trial files (*.trial.yaml).
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
  const connection = createConnection(ProposedFeatures.all);
  // A bug must not take the editor's server down: log it and keep serving.
  process.on('uncaughtException', (error) =>
    connection.console.error(`Uncaught: ${error.stack ?? error.message}`),
  );
  process.on('unhandledRejection', (reason) =>
    connection.console.error(`Unhandled rejection: ${String(reason)}`),
  );
  startServer(connection, { platform: new NodeConfiguration() });
}
