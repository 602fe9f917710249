// A real HTTP server on 127.0.0.1 standing in for the registry's API v2 in tests (no mocked fetch).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sampleRecords } from './paths.js';

/** Ids with special answers. */
export const SERVER_ERROR_ID = 'NCT55555555';
export const SLOW_ID = 'NCT66666666';
export const MALFORMED_ID = 'NCT44444444';
export const NOT_A_STUDY_ID = 'NCT33333333';
export const HTML_ID = 'NCT22222222';
export const UNKNOWN_ID = 'NCT99999999';

export interface RegistryServer {
  /** The API root to pass as base URL (`http://127.0.0.1:<port>/api/v2`). */
  baseUrl: string;
  /** Requests received, in order. */
  requests: Array<{ method: string; url: string; accept: string | undefined }>;
  close(): Promise<void>;
}

/**
 * Serves every shared sample at /api/v2/studies/<NCT id>, 404 for other ids, and for the special ids a 500, an
 * answer that never comes (until the server closes), malformed JSON, JSON that is not a study, and HTML.
 */
export async function startRegistryServer(): Promise<RegistryServer> {
  const records = new Map(sampleRecords().map((record) => [record.nctId, record.text]));
  const requests: RegistryServer['requests'] = [];
  const hanging = new Set<IncomingMessage>();
  const server: Server = createServer((request, response) => {
    // One connection per request: a kept-alive socket that the server closes after its idle timeout while the
    // client reuses it resets the next request (ECONNRESET on a busy machine, where tests pause for seconds).
    response.shouldKeepAlive = false;
    requests.push({ method: request.method ?? '', url: request.url ?? '', accept: request.headers.accept });
    const match = /^\/api\/v2\/studies\/(NCT\d{8})$/.exec(request.url ?? '');
    const id = match?.[1];
    const json = (status: number, body: string): void => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(body);
    };
    if (id === SLOW_ID) {
      hanging.add(request);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"protocolSection": '); // and nothing more
      return;
    }
    if (id === SERVER_ERROR_ID) return json(500, '{"message":"Internal error"}');
    if (id === MALFORMED_ID)
      return json(200, '{"protocolSection": {"identificationModule": {"nctId": "NCT44444444",}}}');
    if (id === NOT_A_STUDY_ID) return json(200, '{"totalCount": 0, "message": "nothing here"}');
    if (id === HTML_ID) {
      response.writeHead(200, { 'content-type': 'text/html' });
      return void response.end('<!doctype html><title>Maintenance</title>');
    }
    const record = id ? records.get(id) : undefined;
    if (record !== undefined) return json(200, record);
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end(`Study not found: ${id ?? request.url ?? ''}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/api/v2`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const request of hanging) request.socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An http URL on 127.0.0.1 where nothing listens (a port that was just freed). */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/api/v2`;
}
