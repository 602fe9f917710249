// The web-worker entry of the language server (VS Code for the Web): messages come and go through the worker's
// global scope. Importing this module starts it. There is no file system: documents get the recommended preset.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../server/start-server.js';

// The worker's global scope (a DedicatedWorkerGlobalScope; the DOM/worker type libraries are not loaded here).
const scope = globalThis as never;
const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
startServer(connection);
