// The `impartial` command line (docs/contracts/design.md section 5): dispatch, exit codes, the terminal prompt.
import { InputError, UsageError, type CommandIo } from './command.ts';
import { commands } from './commands/index.ts';
import { describeFailure } from './failure.ts';

function usageText(): string {
  const lines = ['Usage: impartial <command> [options]', '', 'Commands:'];
  for (const c of commands) lines.push(`  ${c.usage.split('\n').join('\n  ')}`, `      ${c.summary}`);
  lines.push('', 'The passphrase is read from IMPARTIAL_PASSPHRASE (a new one from IMPARTIAL_NEW_PASSPHRASE),', 'or asked for on a terminal. It is never given as an argument.');
  return lines.join('\n');
}

/** Reads a line from the terminal without echoing it. */
async function terminalPrompt(question: string): Promise<string> {
  const { createInterface } = await import('node:readline'); // not needed by most commands: Node loads it on first use
  return new Promise((resolve, reject) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const output = rl as unknown as { _writeToOutput: (s: string) => void };
    let asked = false;
    output._writeToOutput = (s: string) => {
      if (!asked) { process.stderr.write(s); asked = true; }
    };
    rl.question(question, (answer) => { process.stderr.write('\n'); rl.close(); resolve(answer); });
    rl.on('SIGINT', () => { rl.close(); reject(new InputError('cancelled')); });
  });
}

export async function runCli(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? io.stderr : io.stdout)(usageText() + '\n');
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`impartial: unknown command "${name}". Run "impartial help" for the list.\n`);
    return 2;
  }
  try {
    await (await command.load()).run(rest, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`impartial ${name}: ${error.message}\nUsage: impartial ${command.usage}\n`);
      return 2;
    }
    // One line, always: a message may quote input that holds line breaks.
    const message = describeFailure(error).replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');
    io.stderr(`impartial ${name}: ${message}\n`);
    return 1;
  }
}

export { terminalPrompt };
