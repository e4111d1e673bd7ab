// Every command of `impartial`, in the order `impartial help` lists them.
// Add one import and one entry per command file.
import type { Command } from '../command.ts';
import { newCommand } from './new.ts';
import { exportCommand } from './export.ts';
import { infoCommand } from './info.ts';
import { verifyCommand } from './verify.ts';
import { passphraseCommand } from './passphrase.ts';
import { deadlinesCommand } from './deadlines.ts';
import { workdaysCommand } from './workdays.ts';
import { renderCommand } from './render.ts';
import { checkCommand } from './check.ts';
import { demoCommand } from './demo.ts';
import { issueCommand } from './issue.ts';
import { issuedCommand } from './issued.ts';
import { verifyDocumentCommand } from './verify-document.ts';
import { searchCommand } from './search.ts';

export const commands: Command[] = [newCommand, exportCommand, infoCommand, verifyCommand, passphraseCommand, deadlinesCommand, workdaysCommand, renderCommand, checkCommand, issueCommand, issuedCommand, verifyDocumentCommand, demoCommand, searchCommand];
