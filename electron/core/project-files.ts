// Where the files that ship beside the code (templates/, assets/) are found: in the nearest
// folder, from the running file upwards, that holds them. A fixed "../../.." from the file
// would hold only for the sources; the same code also runs bundled (out/main/index.js,
// out/cli/impartial.js and their chunks), each at another depth below the project.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The first `<folder>/<relativePath>` that exists, for `from` and each folder above it. */
export function findUpwards(from: string, relativePath: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, relativePath);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}
