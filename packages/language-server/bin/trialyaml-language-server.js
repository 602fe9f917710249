#!/usr/bin/env node
// `trialyaml-language-server --stdio` (or --node-ipc, --socket=<port>, --pipe=<name>).
import '../dist/node/server.js';
