// The renderer is served from app://impartial/ (never file://): a standard, secure scheme
// gives it a real origin for the CSP's 'self', and the handler serves only files inside
// out/renderer, each with the same strict CSP as the web host.
import { protocol } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { contentTypeOf } from '../core/service/content-types.ts';
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

const notFound = () => new Response('Not found', { status: 404, headers: securityHeaders });

export function serveRenderer(rendererDir: string): void {
  const root = resolve(rendererDir);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') return notFound();
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return notFound(); // not valid percent-encoding: it names no file (and a throw here would fail the request with no answer)
    }
    const relative = normalize(path).replace(/^([/\\])+/, '');
    let file = resolve(root, relative || 'index.html');
    if (file !== root && !file.startsWith(root + sep)) return notFound();
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) {
      if (extname(relative) !== '') return notFound();
      file = join(root, 'index.html'); // the app is one page
    }
    const body = await readFile(file);
    return new Response(body, {
      status: 200,
      headers: { ...securityHeaders, 'Content-Type': contentTypeOf(file) },
    });
  });
}
