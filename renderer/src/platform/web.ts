// In a browser the same API is served by electron/web/host.ts on 127.0.0.1: POST
// /api/<method> with the input as JSON, a Result back. The per-launch token travels in an
// HttpOnly SameSite=Strict cookie set when the page was first loaded with ?token=..., so
// this code never sees it. Events arrive by server-sent events on /api/events.
import { methodNames } from '../../../shared/api.ts';
import type { ImpartialApi, ImpartialBridge, ImpartialEvent, MethodName, Result } from '../../../shared/api.ts';

async function call(method: MethodName, input: unknown): Promise<Result<unknown>> {
  try {
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input ?? {}),
      credentials: 'same-origin',
    });
    if (response.status === 403) return { ok: false, error: { code: 'forbidden', message: 'This page is not authorised by the Impartial web host: open the address it printed.' } };
    return JSON.parse(await response.text(), bytesFromBase64) as Result<unknown>;
  } catch {
    return { ok: false, error: { code: 'host-unreachable', message: 'The Impartial web host is not answering: is `npm run web` still running?' } };
  }
}

/** The host sends bytes (a preview's PDF) as { $bytes: base64 }: back to the Uint8Array that Electron's IPC would give. */
function bytesFromBase64(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || !('$bytes' in value) || typeof value.$bytes !== 'string') return value;
  // The browser's own decoder where it has one (Chromium 140 on): a large preview's PDF decoded
  // a byte at a time in script held the window's thread for tens of milliseconds.
  const withDecoder = Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array };
  if (typeof withDecoder.fromBase64 === 'function') return withDecoder.fromBase64(value.$bytes);
  const binary = atob(value.$bytes);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Hands a rendered file to the browser as a download (the web host's "save dialog"). */
function download(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

export function createWebPlatform(): ImpartialBridge {
  const listeners = new Set<(event: ImpartialEvent) => void>();
  let source: EventSource | undefined;
  const connect = () => {
    if (source || typeof EventSource === 'undefined') return;
    source = new EventSource('/api/events');
    source.onmessage = (message) => {
      const event = JSON.parse(message.data as string) as ImpartialEvent;
      for (const listener of listeners) listener(event);
    };
  };
  const downloadingMethods = ['renderDocument', 'sendForFactCheck', 'issueDocument', 'saveIssuedDocument', 'saveEvidenceFile'] as const;
  const methods = Object.fromEntries(methodNames.map((name) => [name, (input: unknown) => call(name, input)])) as unknown as ImpartialApi;
  return {
    ...methods,
    // What the desktop app writes to a path the user chose, the web host offers as a download.
    ...Object.fromEntries(downloadingMethods.map((name) => [name, async (input: unknown) => {
      const result = await call(name, input) as Result<{ downloadUrl?: string; fileName: string }>;
      if (result.ok && result.value.downloadUrl) download(result.value.downloadUrl, result.value.fileName);
      return result;
    }])),
    onEvent(listener) {
      connect();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
