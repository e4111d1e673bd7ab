// Loading the templates from disk: the project's own compile; an authority pack overrides a
// template and a standard paragraph and adds a logo; a broken template names its file and line.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { authoritySlug, loadTemplates, TEMPLATES_DIR } from '../../../electron/core/documents/templates.ts';
import { buildDocument } from '../../../shared/documents/index.ts';
import { logoPng } from '../../fixtures/document-models.ts';
import { modelText, sample } from '../../unit/documents/helpers.ts';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A copy of the project's templates folder to change. */
function templatesCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'impartial-templates-'));
  dirs.push(dir);
  const root = join(dir, 'templates');
  cpSync(TEMPLATES_DIR, root, { recursive: true });
  return root;
}

describe('templates on disk', () => {
  it('makes a slug of the authority name', () => {
    expect(authoritySlug('London Borough of Exampleton')).toBe('london-borough-of-exampleton');
    expect(authoritySlug("Brighton & Hove City Council")).toBe('brighton-and-hove-city-council');
    expect(authoritySlug('Cyngor Gwynedd (Ŵyn’s)')).toBe('cyngor-gwynedd-wyns');
  });

  it('loads and checks the project templates, with no pack for an authority without one', () => {
    const t = loadTemplates('Somewhere Else Council');
    expect(t.pack).toBeUndefined();
    expect(t.logo).toBeUndefined();
    expect(Object.keys(t.documents).sort()).toEqual(['adjudication-letter', 'io-report', 'ip-report', 'panel-report', 'statement']);
    expect([...t.paragraphs.keys()]).toEqual(expect.arrayContaining(['ombudsman-england', 'ombudsman-wales', 'role-of-ip', 'stage3-rights', 'standard-of-proof']));
  });

  it('uses an authority pack: a template, a standard paragraph and a logo', () => {
    const root = templatesCopy();
    const pack = join(root, 'authorities', 'london-borough-of-exampleton');
    mkdirSync(join(pack, 'paragraphs'), { recursive: true });
    writeFileSync(join(pack, 'statement.txt'), '@logo\n@title\n# Exampleton\'s own statement\nMade by {{complainant}}.\n@points\n');
    writeFileSync(join(pack, 'paragraphs', 'role-of-ip.txt'), 'In Exampleton the Independent Person is appointed from our panel of independent people.\n');
    const logo = logoPng();
    writeFileSync(join(pack, 'logo.png'), logo);

    const t = loadTemplates('London Borough of Exampleton', root);
    expect(t.pack).toBe(pack);
    const data = sample();
    const statement = buildDocument('statement', data, { named: false, draft: false, templates: t });
    expect(statement.blocks[0]).toMatchObject({ kind: 'image', mediaType: 'image/png', alt: 'London Borough of Exampleton logo' });
    expect((statement.blocks[0] as { data: Uint8Array }).data).toEqual(logo);
    expect(modelText(statement)).toContain("Exampleton's own statement\nMade by Ms A.");
    const io = modelText(buildDocument('io-report', data, { named: false, draft: false, templates: t }));
    expect(io).toContain('In Exampleton the Independent Person is appointed from our panel');
    expect(io).not.toContain('by law, neither a member nor an officer');
    // Another authority's documents are untouched.
    expect(loadTemplates('Another Council', root).logo).toBeUndefined();
  });

  it('refuses a pack template with an unknown field, naming the file and line', () => {
    const root = templatesCopy();
    const pack = join(root, 'authorities', 'london-borough-of-exampleton');
    mkdirSync(pack, { recursive: true });
    writeFileSync(join(pack, 'io-report.txt'), '; notes\n@title\n\n# Summary\nThe case {{case.titel}} in brief.\n');
    expect(() => loadTemplates('London Borough of Exampleton', root)).toThrow(
      'templates/authorities/london-borough-of-exampleton/io-report.txt line 5: unknown field {{case.titel}} (did you mean {{case.title}}?)',
    );
  });

  it('refuses a logo that is not a PNG', () => {
    const root = templatesCopy();
    const pack = join(root, 'authorities', 'london-borough-of-exampleton');
    mkdirSync(pack, { recursive: true });
    writeFileSync(join(pack, 'logo.png'), 'GIF89a not really');
    expect(() => loadTemplates('London Borough of Exampleton', root)).toThrow('templates/authorities/london-borough-of-exampleton/logo.png is not a PNG image');
  });

  it('names a project template with an unknown directive', () => {
    const root = templatesCopy();
    writeFileSync(join(root, 'ip-report.txt'), '@title\n@ip-pionts\n');
    expect(() => loadTemplates('Any Council', root)).toThrow('templates/ip-report.txt line 2: unknown directive @ip-pionts (did you mean @ip-points?)');
  });
});
