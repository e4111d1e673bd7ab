// Every command of `impartial`, in the order `impartial help` lists them.
// Add one import and one entry per command file.
import type { Command } from '../command.ts';
import { workdays } from './workdays.ts';

export const commands: Command[] = [workdays];
