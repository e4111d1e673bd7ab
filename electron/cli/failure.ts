// Turns any failure into the one line the CLI prints. Errors written for the user carry their
// own message; anything else is a bug, and says so rather than printing a stack at the user.
import { ImpartialError } from '../../shared/errors.ts';

export function describeFailure(error: unknown): string {
  if (error instanceof ImpartialError) return error.messageFor('cli');
  if (error instanceof Error && 'code' in error && typeof error.code === 'string' && 'path' in error) {
    return error.message; // a file-system error: Node's message names the file and what went wrong
  }
  return `unexpected error (a bug in Impartial): ${error instanceof Error ? error.message : String(error)}`;
}
