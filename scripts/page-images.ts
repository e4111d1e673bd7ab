// Renders the sample case's documents and writes a few page images to docs/pages/ for the
// README (our PDF, and our DOCX as LibreOffice lays it out). Needs poppler-utils and
// libreoffice-writer. Run: node scripts/page-images.ts
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadTemplates } from '../electron/core/documents/templates.ts';
import { renderDocx } from '../electron/core/render/docx.ts';
import { renderPdf } from '../electron/core/render/pdf.ts';
import type { DocumentKind } from '../shared/api.ts';
import { buildDocument } from '../shared/documents/index.ts';
import { parseCaseJson } from '../shared/interchange/parse.ts';

const root = join(import.meta.dirname, '..');
const out = join(root, 'docs', 'pages');
const tmp = mkdtempSync(join(tmpdir(), 'impartial-pages-'));
const parsed = parseCaseJson(readFileSync(join(root, 'tests/fixtures/sample-case.json'), 'utf8'));
if (!parsed.ok) throw new Error('the sample case does not parse');
const data = parsed.value;
const templates = loadTemplates(data.authority.name);

/** [document, draft, page, source] */
const wanted: [DocumentKind, boolean, number, 'pdf' | 'docx'][] = [
  ['io-report', false, 1, 'pdf'],
  ['io-report', false, 3, 'pdf'],
  ['adjudication-letter', false, 1, 'pdf'],
  ['panel-report', true, 1, 'pdf'],
  ['io-report', false, 1, 'docx'],
];

mkdirSync(out, { recursive: true });
try {
  for (const [kind, draft, page, source] of wanted) {
    const model = buildDocument(kind, data, { named: false, draft, templates, today: '2024-06-03' });
    let pdf = join(tmp, `${kind}.pdf`);
    if (source === 'pdf') writeFileSync(pdf, await renderPdf(model));
    else {
      const docx = join(tmp, `${kind}.docx`);
      writeFileSync(docx, await renderDocx(model));
      const profile = pathToFileURL(join(tmp, 'lo-profile')).href;
      execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(tmp, 'lo'), docx], { stdio: 'ignore' });
      pdf = join(tmp, 'lo', `${kind}.pdf`);
    }
    const name = `${kind}${draft ? '-draft' : ''}-${source}-page${page}`;
    execFileSync('pdftoppm', ['-png', '-r', '70', '-singlefile', '-f', String(page), '-l', String(page), pdf, join(tmp, name)]);
    renameSync(join(tmp, `${name}.png`), join(out, `${name}.png`));
    console.log(`docs/pages/${name}.png`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
