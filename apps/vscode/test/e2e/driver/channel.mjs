// The driver's HTTP server on 127.0.0.1, reached from the extension host (a web worker or a Node process):
//   /api/v2/studies/<NCT id>  a stand-in for the registry API (import by NCT number), from fixtures/ctgov-samples
//   POST /e2e/report          the suite reports a scenario's start, pass or failure
//   POST /e2e/step            the suite asks for a UI step (ui-steps.mjs) and gets what it found
// CORS headers on everything: the web extension host runs on another origin.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': '*',
  'cross-origin-resource-policy': 'cross-origin',
};

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response, status, body, type = 'application/json') {
  response.writeHead(status, { ...CORS, 'content-type': type });
  response.end(typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body));
}

/**
 * @param {{ samples: string, onReport: (report: {event: string, scenario: string, message: string}) => Promise<void>,
 *   onStep: (step: string, args: Record<string, unknown>) => Promise<unknown> }} options
 */
export async function startChannel({ samples, onReport, onStep }) {
  const server = createServer((request, response) => {
    void (async () => {
      const url = request.url ?? '';
      if (request.method === 'OPTIONS') {
        response.writeHead(204, CORS);
        response.end();
        return;
      }
      const id = /^\/api\/v2\/studies\/(NCT\d{8})$/.exec(url)?.[1];
      if (request.method === 'GET' && id) {
        const file = join(samples, `${id}.json`);
        if (existsSync(file)) send(response, 200, readFileSync(file));
        else send(response, 404, 'Not found', 'text/plain');
        return;
      }
      if (request.method === 'POST' && url === '/e2e/report') {
        await onReport(JSON.parse(await readBody(request)));
        send(response, 200, { ok: true });
        return;
      }
      if (request.method === 'POST' && url === '/e2e/step') {
        const { step, args } = JSON.parse(await readBody(request));
        try {
          send(response, 200, { ok: true, data: await onStep(step, args ?? {}) });
        } catch (error) {
          send(response, 200, { ok: false, error: error instanceof Error ? error.message : String(error) });
        }
        return;
      }
      send(response, 404, 'Not found', 'text/plain');
    })().catch((error) => send(response, 500, String(error), 'text/plain'));
  });
  // A UI step may take a while on a busy machine: no server-side timeouts.
  server.requestTimeout = 0;
  server.headersTimeout = 0;
  await new Promise((listening) => server.listen(0, '127.0.0.1', () => listening(undefined)));
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    driverUrl: `${base}/e2e`,
    registryBaseUrl: `${base}/api/v2`,
    close: () => new Promise((closed) => server.close(() => closed(undefined))),
  };
}
