// Every command of `impartial`, in the order `impartial help` lists them: its name, usage and
// summary, and the file that does its work. That file (and what it imports: the casefile store,
// the document builders, zod) is loaded only when the command runs, so `impartial help` or
// `impartial workdays` start without loading what they do not use. A new command is one file
// under commands/ and one entry here.
import { documentKinds } from '../../../shared/case-model/documents.ts';
import type { CommandEntry } from '../command.ts';

export const commands: CommandEntry[] = [
  {
    name: 'new',
    usage: 'new <casefile> [--from <case.json>]',
    summary: 'create an encrypted casefile, empty or from an interchange file; never overwrites',
    load: async () => (await import('./new.ts')).newCommand,
  },
  {
    name: 'export',
    usage: 'export <casefile> [--out <file>] [--with-attachments]',
    summary: 'write the case as interchange JSON (impartial/casefile@1) to stdout or a file',
    load: async () => (await import('./export.ts')).exportCommand,
  },
  {
    name: 'info',
    usage: 'info <casefile> [--json]',
    summary: 'title, counts, size, versions and dates of a casefile',
    load: async () => (await import('./info.ts')).infoCommand,
  },
  {
    name: 'verify',
    usage: 'verify <casefile> [--repair-index]',
    summary: 'full integrity check: every page, the journal, the database structure, references, attachments and the search index (--repair-index rebuilds the index first)',
    load: async () => (await import('./verify.ts')).verifyCommand,
  },
  {
    name: 'passphrase',
    usage: 'passphrase <casefile>',
    summary: 'change the passphrase of a casefile',
    load: async () => (await import('./passphrase.ts')).passphraseCommand,
  },
  {
    name: 'deadlines',
    usage: 'deadlines <casefile> [--json] [--today <date>] [--ics <file>]',
    summary: 'every statutory deadline of a casefile, with why each date is what it is',
    load: async () => (await import('./deadlines.ts')).deadlinesCommand,
  },
  {
    name: 'workdays',
    usage: 'workdays add <date> <n> [--closure <date>...]\nworkdays count <from> <to> [--closure <date>...]',
    summary: 'the nth working day after a date, or the working days in (from, to], in England and Wales',
    load: async () => (await import('./workdays.ts')).workdaysCommand,
  },
  {
    name: 'render',
    usage: `render <casefile> --doc <kind> --format docx|pdf --out <file> [--named] [--draft] [--fact-check <sent-date>]\n      kinds: ${documentKinds.join(', ')}`,
    summary: 'write one document as Word or PDF (anonymised unless --named; the adjudication letter: the letter to send with --named, else its anonymised copy; --draft marks an unfinished one)',
    load: async () => (await import('./render.ts')).renderCommand,
  },
  {
    name: 'check',
    usage: 'check <casefile> [--doc <kind>]',
    summary: 'readiness problems and names in the anonymised documents, one a line; exit 1 if any blocks',
    load: async () => (await import('./check.ts')).checkCommand,
  },
  {
    name: 'issue',
    usage: 'issue <casefile> --doc <kind> --format docx|pdf --out <file> [--named] [--date <date>]',
    summary: 'issue a ready document: numbered, dated, and kept in the casefile with its SHA-256',
    load: async () => (await import('./issue.ts')).issueCommand,
  },
  {
    name: 'issued',
    usage: 'issued <casefile> [--json]\nissued <casefile> --doc <kind> --version <n> --out <file>',
    summary: 'the issued versions: kind, version, date, format, SHA-256; or a copy of one as issued',
    load: async () => (await import('./issued.ts')).issuedCommand,
  },
  {
    name: 'verify-document',
    usage: 'verify-document <casefile> <file>',
    summary: 'exit 0 naming the issued version a file is byte for byte; 1 if it is none',
    load: async () => (await import('./verify-document.ts')).verifyDocumentCommand,
  },
  {
    name: 'demo',
    usage: 'demo <dir>',
    summary: 'a sample casefile and all five documents as Word and PDF, in <dir>',
    load: async () => (await import('./demo.ts')).demoCommand,
  },
  {
    name: 'search',
    usage: 'search <casefile> <query> [--json] [--limit <n>]',
    summary: 'search the case and its attached files: one hit a line, its place and a snippet ("quoted phrases", word* for prefixes)',
    load: async () => (await import('./search.ts')).searchCommand,
  },
  {
    name: 'log',
    usage: 'log <casefile> [--json]',
    summary: 'the history of changes (number, time, who, what), chained by hash; --json for every value and hash',
    load: async () => (await import('./log.ts')).logCommand,
  },
  {
    name: 'backup',
    usage: 'backup <casefile> --out <file>',
    summary: 'an encrypted copy under the same passphrase, checked as it is written; never overwrites',
    load: async () => (await import('./backup.ts')).backupCommand,
  },
];
