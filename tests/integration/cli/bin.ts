// The command line as the tests run it: through the package's bin, as a user does. The bin runs
// the bundle in out/cli when it is current with every source it was made from, and
// tests/build-cli.global.ts builds it before any test starts, so the tests try the current
// sources; a command then starts in a third of the time the TypeScript sources take (Node type
// strips some hundred files on every start). built-cli.test.ts shows that the bundle answers
// as the sources do; bin.test.ts that the bin falls back to the sources when the build is stale.
import { join } from 'node:path';

export const impartialBin = join(import.meta.dirname, '../../../bin/impartial.js');
