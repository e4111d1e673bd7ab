// A file whose text cannot be read, and why, in words for the user: "the PDF is protected by
// a password". Its state becomes 'failed' with this reason (file-text.ts).
import { ImpartialError } from '../../../../shared/errors.ts';

export class NotSearchableError extends ImpartialError {
  constructor(reason: string) {
    super('not-searchable', reason);
  }
}
