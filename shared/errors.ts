// A failure whose message is written for the user: it says what is wrong and where, in one
// line. The CLI prints it (exit 1), the app shows it, IPC carries it as a value.
// Anything that is not an ImpartialError is a bug and is reported as one.
export class ImpartialError extends Error {
  /** A stable machine-readable code, e.g. 'wrong-passphrase', 'invalid-field'. */
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}
