// Loaded with `node --import` before an `impartial` command: at exit, writes the URL of every
// module the process resolved (ours, node_modules, built-ins) to the file named by
// IMPARTIAL_TEST_MODULES_TO, so a test can see what a command loaded.
import { writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const resolved = new Set<string>();
registerHooks({
  resolve(specifier, context, nextResolve) {
    const result = nextResolve(specifier, context);
    resolved.add(result.url);
    return result;
  },
});
process.on('exit', () => writeFileSync(process.env.IMPARTIAL_TEST_MODULES_TO!, [...resolved].join('\n') + '\n'));
