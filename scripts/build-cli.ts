// The second half of `npm run build`: the command line, as vite.cli.config.ts describes it.
// Rolldown writes its files before Vite reports some failures (an import it could not
// resolve, for one), so a failed build can leave a broken bundle behind: then its list of
// sources, which bin/impartial.js takes as the sign of a current build, is removed, and the
// bin runs the sources until a build succeeds.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

const root = join(import.meta.dirname, '..');
try {
  await build({ configFile: join(root, 'vite.cli.config.ts') });
} catch (error) {
  rmSync(join(root, 'out', 'cli', 'sources.json'), { force: true });
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
