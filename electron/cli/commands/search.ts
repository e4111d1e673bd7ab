// impartial search <casefile> <query> [--json] [--limit <n>]
// One search over the case's text and its attached files' text (electron/core/search): one hit a
// line, its place in words and a snippet with the match in [brackets] (bold on a terminal). No
// match: no lines, exit 0. Files attached but not read yet are read first, so that the search
// covers them; files whose text could not be read are named on stderr.
import type { SearchHit } from '../../../shared/search/index.ts';
import { openCasefile } from '../../core/casefile/index.ts';
import { extractText } from '../../core/search/extract/index.ts';
import { indexPendingFiles } from '../../core/search/index-files.ts';
import { DEFAULT_SEARCH_LIMIT } from '../../core/search/query.ts';
import { InputError, parseCommandArgs, type Command } from '../command.ts';
import { readPassphrase } from '../passphrase.ts';

const BOLD = '\x1b[1m';
const NORMAL = '\x1b[22m';

function line(hit: SearchHit, bold: boolean): string {
  const snippet = bold ? hit.parts.map((p) => (p.match ? `${BOLD}${p.text}${NORMAL}` : p.text)).join('') : hit.snippet;
  return `${hit.place}: ${snippet}`;
}

export const searchCommand: Command = {
  name: 'search',
  usage: 'search <casefile> <query> [--json] [--limit <n>]',
  summary: 'search the case and its attached files: one hit a line, its place and a snippet ("quoted phrases", word* for prefixes)',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' }, limit: { type: 'string' } }, { min: 2, max: Infinity });
    const [path, ...words] = positionals as [string, ...string[]];
    const limit = values.limit === undefined ? DEFAULT_SEARCH_LIMIT : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new InputError(`--limit: expected a whole number from 1 to 1000, not "${values.limit}"`);
    const casefile = openCasefile(path, await readPassphrase(io, path));
    let results;
    try {
      await indexPendingFiles(casefile, (file) => extractText(file));
      results = casefile.search(words.join(' '), { limit });
    } finally {
      casefile.close();
    }
    if (values.json) io.stdout(`${JSON.stringify(results.hits, null, 2)}\n`);
    else for (const hit of results.hits) io.stdout(`${line(hit, io.stdoutIsTerminal === true)}\n`);
    if (results.total > results.hits.length) io.stderr(`${results.total - results.hits.length} more place(s) match: narrow the search, or use --limit\n`);
    for (const f of results.notSearched) io.stderr(`not searched: ${f.ref} (${f.fileName}): ${f.reason ?? f.status}\n`);
  },
};

