// impartial workdays add <date> <n> [--closure <date>...]
// impartial workdays count <from> <to> [--closure <date>...]
// Working-day arithmetic of England and Wales (shared/calendar), for checking a date by hand.
import { addWorkingDays, countWorkingDays, isIsoDate } from '../../../shared/calendar/index.ts';
import { InputError, parseCommandArgs, UsageError, type Command } from '../command.ts';

function checkDate(value: string, what: string): string {
  if (!isIsoDate(value)) throw new InputError(`${what} "${value}" is not a real date written as YYYY-MM-DD`);
  return value;
}

export const workdaysCommand: Command = {
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { closure: { type: 'string', multiple: true } }, { min: 3, max: 3 });
    const [action, first, second] = positionals as [string, string, string];
    const closures = (values.closure ?? []).map((d) => checkDate(d, '--closure'));
    if (action === 'add') {
      const date = checkDate(first, 'date');
      if (!/^\d+$/.test(second)) throw new InputError(`n "${second}" is not a whole number of working days (0 or more)`);
      io.stdout(`${addWorkingDays(date, Number(second), closures)}\n`);
    } else if (action === 'count') {
      const from = checkDate(first, 'from');
      const to = checkDate(second, 'to');
      io.stdout(`${countWorkingDays(from, to, closures)}\n`);
    } else {
      throw new UsageError(`unknown action "${action}": expected "add" or "count"`);
    }
  },
};
