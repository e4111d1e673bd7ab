// A plain HTTP request to the loopback web host, as a browser on this machine would send it
// (with the Host header naming the port), shared by the web host tests.
import { request } from 'node:http';

export interface RawReply { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

export interface RequestOptions { method?: string; headers?: Record<string, string>; body?: string }

export function sendRequest(port: number, path: string, options: RequestOptions = {}): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    // A connection of its own (agent: false): Node's default agent keeps sockets alive, and a
    // request made just as the server closes an idle one (its 5 s keep-alive timeout, while a
    // large body was being built) fails with ECONNRESET, which a browser would retry.
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', agent: false, headers: { host: `127.0.0.1:${port}`, ...options.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** One call of the web host's API as the page makes it: POSTed JSON, with the host's token and the page's origin. */
export function sendApiCall(host: { port: number; token: string; origin: string }, method: string, input: unknown): Promise<RawReply> {
  return sendRequest(host.port, `/api/${method}`, {
    method: 'POST',
    headers: { 'x-impartial-token': host.token, 'content-type': 'application/json', origin: host.origin },
    body: JSON.stringify(input),
  });
}
