// The command line, built by `npm run build` (scripts/build-cli.ts) into out/cli/impartial.js,
// which bin/impartial.js runs (with Node's compile cache) whenever it is up to date with the sources. Type stripping
// the ~100 source files on every start costs more than the command itself; a bundle does not.
// Each module a command loads with import() (the casefile store, the document builders, the
// DOCX and PDF renderers) becomes its own chunk under out/cli/chunks, so a command loads only
// what it uses. Bundled: our sources, zod and jsonc-parser (pure ES modules, many small files),
// and the JSON word lists the leak check reads.
// Left to node_modules: the native SQLite module, pdfkit (it reads its own data files from its
// folder) and the other packages, loaded by the chunks that need them.
// out/cli/sources.json lists the source files bundled and when the build began: the bin's
// test of "up to date".
import { relative, resolve, sep } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;
const bundled = ['zod', 'jsonc-parser'];

function sourcesManifest(): Plugin {
  let startedAt = 0;
  return {
    name: 'impartial-cli-sources',
    buildStart() {
      startedAt = Date.now();
    },
    generateBundle(_options, bundle) {
      // The config and the dependency list too: the bundle holds copies of zod, jsonc-parser and the word lists.
      const sources = new Set<string>([relative(root, import.meta.filename), 'package.json', 'package-lock.json']);
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const id of output.moduleIds) {
          if (id.startsWith(root + sep) && !id.includes(`${sep}node_modules${sep}`)) sources.add(relative(root, id).split(sep).join('/'));
        }
      }
      this.emitFile({ type: 'asset', fileName: 'sources.json', source: JSON.stringify({ startedAt, sources: [...sources].sort() }, null, 1) + '\n' });
    },
  };
}

export default defineConfig({
  root,
  logLevel: 'warn',
  plugins: [sourcesManifest()],
  ssr: { noExternal: bundled },
  build: {
    ssr: resolve(root, 'electron/cli/main.ts'),
    outDir: resolve(root, 'out/cli'),
    emptyOutDir: true,
    target: 'node22',
    // Readable stack traces in a bug report matter more than a few kilobytes.
    minify: false,
    reportCompressedSize: false,
    rolldownOptions: {
      output: { format: 'esm', entryFileNames: 'impartial.js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
