// The loopback web host (docs/contracts/design.md section 7): the built renderer and the same service as
// Electron, over HTTP on 127.0.0.1, so the product can be driven end to end in a browser.
//
// Who may talk to it: only a page that holds this launch's random token. The first page load
// carries it as ?token=...; the host answers with an HttpOnly, SameSite=Strict cookie and a
// redirect that drops it from the address bar. Every request, pages included, must carry the
// cookie (or an X-Impartial-Token header) and a Host header naming this very port on
// 127.0.0.1 or localhost (DNS rebinding); a request with an Origin must come from it too.
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { existsSync, mkdirSync } from 'node:fs';
import type { ImpartialEvent } from '../../shared/api.ts';
import { dispatch } from '../core/service/dispatch.ts';
import { createService } from '../core/service/service.ts';
import type { Service } from '../core/service/service.ts';
import { contentTypeOf } from '../core/service/content-types.ts';
import { securityHeaders } from '../core/service/security-headers.ts';
import { titleForFileName } from '../core/files/file-names.ts';
import { writeFileAtomically } from '../core/files/write-atomically.ts';
import { parseStoredSettings } from '../core/service/stored-settings.ts';
import { ImpartialError } from '../../shared/errors.ts';
import { errorCodes } from '../../shared/api.ts';
import type { CasefileStore } from '../core/service/store-port.ts';

export interface WebHostOptions {
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** Where casefiles are created and listed. */
  workspaceDir: string;
  store: CasefileStore;
  jobWorker: URL | string;
  version: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Logs a bug (never case data). */
  log?: (message: string) => void;
}

export interface WebHost {
  /** The address to open, token included. */
  url: string;
  origin: string;
  token: string;
  port: number;
  service: Service;
  close(): Promise<void>;
}

// Cookies are shared by every port of a host name, so the name carries the port: two web
// hosts running at once must not overwrite each other's token.
export const tokenCookieName = (port: number) => `impartial_token_${port}`;
// Room for a 50 MB evidence file as base64 (4/3 of it) in attachEvidenceFile's JSON body.
const MAX_BODY = 72 * 1024 * 1024;
const DOWNLOAD_LIFETIME_MS = 5 * 60_000;

const documentTypes: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/**
 * Bytes in a Result (a preview's PDF) as { $bytes: base64 } in the JSON, which the page's
 * platform layer (renderer/src/platform/web.ts) turns back into a Uint8Array: Electron's IPC
 * carries them as they are. Held in memory only, never written to disk.
 */
function bytesAsBase64(this: unknown, key: string, value: unknown): unknown {
  const original = (this as Record<string, unknown>)[key]; // before Buffer.toJSON turned it into { type, data }
  if (original instanceof Uint8Array) return { $bytes: Buffer.from(original.buffer, original.byteOffset, original.byteLength).toString('base64') };
  return value;
}

function sameSecret(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/** A file name safe on Windows, macOS and Linux, ending .casefile, not already taken. */
function newCasefilePath(dir: string, title: string): string {
  const base = titleForFileName(title, { dots: false }) || 'Casefile';
  for (let n = 1; ; n += 1) {
    const path = join(dir, `${base}${n === 1 ? '' : ` (${n})`}.casefile`);
    if (!existsSync(path)) return path;
  }
}

/** The settings file of a workspace (stored-settings.ts): hidden, beside its casefiles. */
export const settingsFileName = '.impartial-settings.json';
/** Where backups go in a workspace unless the user chooses another folder inside it. */
export const defaultBackupFolderName = 'backups';

/** A folder inside the workspace named by the page ("backups", "usb/backups"); nothing outside it. */
function folderInWorkspace(workspaceDir: string, folder: string | undefined): string {
  const path = folder === undefined ? undefined : resolve(workspaceDir, folder.trim());
  if (!path || !path.startsWith(workspaceDir + sep)) {
    throw new ImpartialError(errorCodes.invalidInput, 'Give a folder inside the workspace folder, such as "backups"');
  }
  return path;
}

/** Whether the request says its body is JSON: application/json, and no parameter but charset=utf-8. */
export function isJsonContentType(header: string | undefined): boolean {
  if (header === undefined) return false;
  const [type, ...parameters] = header.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return parameters.every((p) => p === '' || /^charset\s*=\s*"?utf-8"?$/.test(p));
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const rendererDir = resolve(options.rendererDir);
  const workspaceDir = resolve(options.workspaceDir);
  mkdirSync(workspaceDir, { recursive: true });
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error(`${rendererDir} has no index.html: run "npm run build" first`);

  const token = randomBytes(32).toString('base64url');
  const eventClients = new Set<ServerResponse>();
  // Held in memory only: nothing decrypted is written to disk by this host.
  const downloads = new Map<string, { fileName: string; mediaType?: string; bytes: Uint8Array; expires: number }>();
  const offerDownload = (fileName: string, bytes: Uint8Array, mediaType?: string) => {
    for (const [key, entry] of downloads) if (entry.expires < Date.now()) downloads.delete(key); // never fetched
    const id = randomBytes(24).toString('base64url');
    downloads.set(id, { fileName, bytes, expires: Date.now() + DOWNLOAD_LIFETIME_MS, ...(mediaType ? { mediaType } : {}) });
    return { downloadUrl: `/download/${id}` };
  };
  let port = 0;

  const emit = (event: ImpartialEvent) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const client of eventClients) client.write(frame);
  };

  const service = await createService({
    store: options.store,
    jobWorker: options.jobWorker,
    host: {
      kind: 'web',
      version: options.version,
      nativeDialogs: false,
      async knownCasefiles() {
        // A workspace folder removed while the host runs holds no casefiles (and creating one says the folder is gone).
        const names = (await readdir(workspaceDir).catch(() => [] as string[])).filter((name) => name.endsWith('.casefile'));
        const entries = await Promise.all(names.map(async (name) => {
          const path = join(workspaceDir, name);
          const modified = await stat(path).then((s) => s.mtime.toISOString(), () => undefined); // gone since the listing
          return modified ? [{ path, lastOpened: modified }] : [];
        }));
        return entries.flat().sort((a, b) => b.lastOpened.localeCompare(a.lastOpened));
      },
      async chooseCasefileToOpen() {
        return undefined;
      },
      async chooseNewCasefilePath(title) {
        return newCasefilePath(workspaceDir, title);
      },
      async chooseInterchangeFile() {
        return undefined;
      },
      async deliverDocument(fileName, bytes) {
        return offerDownload(fileName, bytes);
      },
      async chooseEvidenceFile() {
        return undefined; // the page uploads the file instead
      },
      async deliverEvidenceFile(fileName, mediaType, bytes) {
        return offerDownload(fileName, bytes, mediaType);
      },
      opened() {},
      emit,
      defaultBackupFolder: join(workspaceDir, defaultBackupFolderName),
      async chooseBackupFolder(folder) {
        return folderInWorkspace(workspaceDir, folder);
      },
      async loadSettings() {
        return parseStoredSettings(JSON.parse(await readFile(join(workspaceDir, settingsFileName), 'utf8')));
      },
      async saveSettings(settings) {
        writeFileAtomically(join(workspaceDir, settingsFileName), JSON.stringify(settings, null, 2));
      },
      ...(options.log ? { log: options.log } : {}),
    },
  });

  const send = (res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}) => {
    res.writeHead(status, { ...securityHeaders, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
    res.end(body);
  };

  const allowed = (req: IncomingMessage): { ok: true } | { ok: false; why: string } => {
    const host = req.headers.host;
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return { ok: false, why: 'wrong Host' };
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${host}`) return { ok: false, why: 'wrong Origin' };
    return { ok: true };
  };

  const readBody = (req: IncomingMessage) =>
    new Promise<string>((resolveBody, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY) {
          reject(new Error('too large'));
          req.destroy();
        } else chunks.push(chunk);
      });
      req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });

  const serveStatic = async (res: ServerResponse, pathname: string) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return send(res, 400, 'Bad request: the address has a malformed %-escape');
    }
    const relative = normalize(decoded).replace(/^([/\\])+/, '');
    const file = resolve(rendererDir, relative === '' ? 'index.html' : relative);
    if (file !== rendererDir && !file.startsWith(rendererDir + sep)) return send(res, 404, 'Not found');
    const info = await stat(file).catch(() => undefined);
    // The app is one page: unknown paths without an extension get index.html.
    const target = info?.isFile() ? file : extname(relative) === '' ? join(rendererDir, 'index.html') : undefined;
    if (!target) return send(res, 404, 'Not found');
    res.writeHead(200, { ...securityHeaders, 'Content-Type': contentTypeOf(target), 'Cache-Control': 'no-cache' });
    createReadStream(target).pipe(res);
  };

  const server = createServer((req, res) => {
    void (async () => {
      const check = allowed(req);
      if (!check.ok) return send(res, 403, `Forbidden: ${check.why}`);
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

      // First load: trade the token in the address for a cookie, then drop it from the URL.
      const queryToken = url.searchParams.get('token') ?? undefined;
      if (req.method === 'GET' && queryToken !== undefined) {
        if (!sameSecret(queryToken, token)) return send(res, 403, 'Forbidden: wrong token');
        url.searchParams.delete('token');
        return send(res, 303, '', 'text/plain; charset=utf-8', {
          'Set-Cookie': `${tokenCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`,
          Location: url.pathname + url.search,
        });
      }
      const given = cookieValue(req.headers.cookie, tokenCookieName(port)) ?? (req.headers['x-impartial-token'] as string | undefined);
      if (!sameSecret(given, token)) return send(res, 403, 'Forbidden: open the address printed by "npm run web" (it carries the token)');

      if (url.pathname === '/api/events' && req.method === 'GET') {
        res.writeHead(200, { ...securityHeaders, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
        res.write(': connected\n\n');
        eventClients.add(res);
        const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
        heartbeat.unref();
        req.on('close', () => {
          clearInterval(heartbeat);
          eventClients.delete(res);
        });
        return;
      }
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return send(res, 405, 'Method not allowed');
        // A JSON content type cannot be sent cross-site without a CORS preflight, which we never grant.
        if (!isJsonContentType(req.headers['content-type'])) return send(res, 415, 'Expected application/json');
        let input: unknown;
        try {
          const body = await readBody(req);
          input = body === '' ? {} : JSON.parse(body);
        } catch {
          return send(res, 400, JSON.stringify({ ok: false, error: { code: 'invalid-input', message: 'The request was not valid JSON or was too large' } }), 'application/json; charset=utf-8');
        }
        const result = await dispatch(service.handlers, url.pathname.slice('/api/'.length), input, (method, error) =>
          options.log?.(`internal error in ${method}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
        return send(res, 200, JSON.stringify(result, bytesAsBase64), 'application/json; charset=utf-8');
      }
      if (url.pathname.startsWith('/download/') && req.method === 'GET') {
        const id = url.pathname.slice('/download/'.length);
        const download = downloads.get(id);
        downloads.delete(id); // one use only
        if (!download || download.expires < Date.now()) return send(res, 404, 'This download has expired: save or render it again');
        const extension = download.fileName.split('.').pop() ?? '';
        res.writeHead(200, {
          ...securityHeaders,
          // An attached file is always a download (Content-Disposition, nosniff), never shown inline.
          'Content-Type': documentTypes[extension] ?? (download.mediaType && /^[\w.+-]+\/[\w.+-]+$/.test(download.mediaType) ? download.mediaType : 'application/octet-stream'),
          'Content-Length': String(download.bytes.byteLength),
          'Content-Disposition': `attachment; filename="${download.fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(download.fileName)}`,
          'Cache-Control': 'no-store',
        });
        return res.end(download.bytes);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
      return serveStatic(res, url.pathname);
    })().catch((error: unknown) => {
      options.log?.(`web host error: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) send(res, 500, 'Internal error');
      else res.end();
    });
  });

  await new Promise<void>((resolveListen) => server.listen(options.port ?? 0, '127.0.0.1', resolveListen));
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    port,
    service,
    async close() {
      for (const client of eventClients) client.end();
      await service.dispose();
      const closed = new Promise<void>((resolveClose) => server.close(() => resolveClose()));
      server.closeAllConnections(); // event streams would otherwise hold the server open
      await closed;
    },
  };
}
