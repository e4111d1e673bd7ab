// The renderer is served from app://impartial/ (never file://): a standard, secure scheme
// gives it a real origin for the CSP's 'self', and the handler serves only files inside
// out/renderer, each with the same strict CSP as the web host.
import { net, protocol } from 'electron';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { existsSync, statSync } from 'node:fs';
import { securityHeaders } from '../core/service/security-headers.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'impartial';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  const root = resolve(rendererDir);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    const relative = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
    let file = resolve(root, relative || 'index.html');
    if (file !== root && !file.startsWith(root + sep)) return new Response('Not found', { status: 404 });
    if (!existsSync(file) || !statSync(file).isFile()) {
      if (extname(relative) !== '') return new Response('Not found', { status: 404 });
      file = join(root, 'index.html'); // the app is one page
    }
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    for (const [name, value] of Object.entries(securityHeaders)) headers.set(name, value);
    return new Response(response.body, { status: response.status, headers });
  });
}
