// A plain HTTP request to the loopback web host, as a browser on this machine would send it
// (with the Host header naming the port), shared by the web host tests.
import { request } from 'node:http';

export interface RawReply { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

export interface RequestOptions { method?: string; headers?: Record<string, string>; body?: string }

export function sendRequest(port: number, path: string, options: RequestOptions = {}): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${port}`, ...options.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}
