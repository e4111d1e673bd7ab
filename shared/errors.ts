// A failure whose message is written for the user: it says what is wrong and where, in one
// line. The CLI prints it (exit 1), the app shows it, IPC carries it as a value.
// Anything that is not an ImpartialError is a bug and is reported as one.
//
// One error, two readers. The facts (what is wrong, where) are written once and read the
// same by both. What to do about it differs: the command line says "render with --draft",
// the app says "choose Draft". So the advice is given per audience, and the line each one
// reads is composed here and nowhere else: no caller rewords or parses a message.
//
// A full path never reaches the app's page (design.md section 7). An error about a file says
// its file name in the facts and keeps the path it was given in `location`: the command line
// prints that (it is the path the user typed) and the Node side may log it; the app's line
// leaves it out.

/** Who reads the message: a person at the command line, or at the app's window. */
export type Audience = 'cli' | 'app';

/** What the user can do about an error, in the words of each place they meet it. */
export interface Advice {
  cli: string;
  app: string;
}

export interface ImpartialErrorOptions {
  cause?: unknown;
  advice?: Advice | undefined;
  /** The path the error is about, as the caller gave it; never shown in the app. */
  location?: string | undefined;
}

/** An ImpartialError as plain data, for crossing a worker thread (the class does not survive a structured clone). */
export interface ErrorFacts {
  code: string;
  facts: string;
  advice?: Advice;
  location?: string;
}

/** The one line an audience reads: the facts, the path for the command line, then the advice. */
export function composeMessage(error: { facts: string; advice?: Advice | undefined; location?: string | undefined }, audience: Audience): string {
  const where = audience === 'cli' && error.location && !error.facts.includes(error.location) ? ` (${error.location})` : '';
  const advice = error.advice?.[audience];
  return `${error.facts}${where}${advice ? `. ${advice}` : ''}`;
}

export class ImpartialError extends Error {
  /** A stable machine-readable code, e.g. 'wrong-passphrase', 'invalid-field'. */
  readonly code: string;
  /** What is wrong and where, in words that hold for every audience: no flags, no buttons, no folder. */
  readonly facts: string;
  readonly advice: Advice | undefined;
  readonly location: string | undefined;

  /** `message` is the command line's line, which the Node side may log; the app reads messageFor('app'). */
  constructor(code: string, facts: string, options: ImpartialErrorOptions = {}) {
    super(composeMessage({ facts, advice: options.advice, location: options.location }, 'cli'),
      options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.facts = facts;
    this.advice = options.advice;
    this.location = options.location;
    this.name = new.target.name;
  }

  messageFor(audience: Audience): string {
    return composeMessage(this, audience);
  }

  toFacts(): ErrorFacts {
    return {
      code: this.code,
      facts: this.facts,
      ...(this.advice ? { advice: this.advice } : {}),
      ...(this.location ? { location: this.location } : {}),
    };
  }

  static fromFacts(facts: ErrorFacts): ImpartialError {
    return new ImpartialError(facts.code, facts.facts, { advice: facts.advice, location: facts.location });
  }
}
