// The one place where an API call from an untrusted renderer meets the Node side, shared by
// the Electron IPC wrapper (electron/main/ipc.ts) and the web host (electron/web/host.ts):
// check who is calling, parse the input with the method's zod schema, run the handler, and
// turn every outcome into a Result value. Nothing here throws.
import type { z } from 'zod';
import { api, errorCodes, isMethodName } from '../../../shared/api.ts';
import type { ApiError, MethodName, MethodOutput, Result } from '../../../shared/api.ts';
import { ImpartialError } from '../../../shared/errors.ts';
import { InvalidCaseError } from '../casefile/errors.ts';
import { describeZodIssue } from '../../../shared/interchange/parse.ts';

/** What the service implements: each method receives its parsed input and may throw ImpartialError. */
export type Handlers = { [K in MethodName]: (input: z.output<(typeof api)[K]['input']>) => Promise<MethodOutput<K>> };

/** The URL scheme and host the Electron renderer is served from (electron/main/protocol). */
export const APP_ORIGIN = 'app://impartial';

/**
 * True when an IPC message comes from the app's own page: the main window's top frame,
 * showing a document from app://impartial. Anything else (a subframe, another window, a page
 * that somehow navigated elsewhere) is refused before its input is even parsed.
 */
export function isTrustedSender(sender: { url: string | undefined; isMainFrame: boolean; isMainWindow: boolean }): boolean {
  if (!sender.isMainFrame || !sender.isMainWindow || !sender.url) return false;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }
  return `${url.protocol}//${url.host}` === APP_ORIGIN;
}

function pathOf(issue: z.core.$ZodIssue): string {
  return issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}

/** Parses a method's input; an invalid input is a Result naming the first bad field. */
export function parseInput<K extends MethodName>(method: K, raw: unknown): Result<z.output<(typeof api)[K]['input']>> {
  const parsed = api[method].input.safeParse(raw === undefined ? {} : raw, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data as z.output<(typeof api)[K]['input']> };
  const issue = parsed.error.issues[0];
  const path = issue ? pathOf(issue) : '';
  const message = issue ? `${path || 'input'}: ${describeZodIssue(issue)}` : 'invalid input';
  return { ok: false, error: path ? { code: errorCodes.invalidInput, message, path } : { code: errorCodes.invalidInput, message } };
}

/**
 * An exception as the app's user sees it: an ImpartialError keeps its code, and its line is
 * composed for the app (its advice in the app's words, and no path: shared/errors.ts); a case
 * that breaks a rule says which field. Anything else is a bug.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof InvalidCaseError && error.issues[0]) return { code: error.code, message: error.messageFor('app'), path: error.issues[0].path };
  if (error instanceof ImpartialError) return { code: error.code, message: error.messageFor('app') };
  return { code: errorCodes.internal, message: 'Something went wrong inside Impartial; your last change may not have been saved. Please report this.' };
}

/**
 * Runs one API call end to end. `method` is whatever the caller sent (a channel or URL
 * segment): an unknown name is refused like any bad input. `onInternalError` lets the host
 * log bugs (never the input, which may hold case data or a passphrase).
 */
export async function dispatch(handlers: Handlers, method: string, raw: unknown, onInternalError?: (method: string, error: unknown) => void): Promise<Result<unknown>> {
  if (!isMethodName(method)) return { ok: false, error: { code: errorCodes.invalidInput, message: `unknown operation "${method.slice(0, 60)}"` } };
  const input = parseInput(method, raw);
  if (!input.ok) return input;
  try {
    const handler = handlers[method] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(input.value) };
  } catch (error) {
    if (!(error instanceof ImpartialError)) onInternalError?.(method, error);
    return { ok: false, error: toApiError(error) };
  }
}
