// Reads the templates from templates/ and the authority pack chosen by the case's authority
// (templates/authorities/<slug>/: any template, any standard paragraph, and logo.png), and
// hands the text to shared/documents to parse and check. File names in errors are shown
// relative to the project, e.g. "templates/authorities/london-borough-of-exampleton/io-report.txt".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { documentKinds, type DocumentKind } from '../../../shared/case-model/documents.ts';
import { compileTemplates, type CompiledTemplates, type TemplateText, type TemplateTexts } from '../../../shared/documents/vocabulary.ts';
import { ImpartialError } from '../../../shared/errors.ts';
import { findUpwards } from '../project-files.ts';

/** The project's own templates folder (found by its Statement of Complaint template). */
export const TEMPLATES_DIR = dirname(findUpwards(import.meta.dirname, 'templates/statement.txt') ?? resolve(import.meta.dirname, '../../../templates/statement.txt'));

/** "London Borough of Exampleton" -> "london-borough-of-exampleton" (accents dropped, & -> and). */
export function authoritySlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function readText(path: string, root: string): TemplateText {
  return { file: relative(dirname(root), path).split('\\').join('/'), text: readFileSync(path, 'utf8') };
}

function paragraphFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort() : [];
}

export interface LoadedTemplates extends CompiledTemplates {
  /** The authority pack folder used, if any. */
  pack?: string;
}

/** Loads and checks the templates for a case's authority. Throws an ImpartialError naming file and line. */
export function loadTemplates(authorityName: string, root: string = TEMPLATES_DIR): LoadedTemplates {
  if (!existsSync(root)) throw new ImpartialError('template-error', 'the templates folder is missing', { location: root });
  const packDir = join(root, 'authorities', authoritySlug(authorityName));
  const pack = existsSync(packDir) ? packDir : undefined;
  const pick = (name: string): string => (pack && existsSync(join(pack, name)) ? join(pack, name) : join(root, name));

  const documents = {} as Record<DocumentKind, TemplateText>;
  for (const kind of documentKinds) {
    const path = pick(`${kind}.txt`);
    if (!existsSync(path)) throw new ImpartialError('template-error', `the template ${relative(dirname(root), path)} is missing`);
    documents[kind] = readText(path, root);
  }
  const paragraphs: Record<string, TemplateText> = {};
  for (const dir of [join(root, 'paragraphs'), ...(pack ? [join(pack, 'paragraphs')] : [])]) {
    for (const f of paragraphFiles(dir)) paragraphs[f.slice(0, -4)] = readText(join(dir, f), root);
  }
  const texts: TemplateTexts = { documents, paragraphs };
  if (pack && existsSync(join(pack, 'logo.png'))) {
    const logo = new Uint8Array(readFileSync(join(pack, 'logo.png')));
    if (!PNG_SIGNATURE.every((b, i) => logo[i] === b)) {
      throw new ImpartialError('template-error', `${relative(dirname(root), join(pack, 'logo.png'))} is not a PNG image`);
    }
    texts.logo = logo;
  }
  return { ...compileTemplates(texts), ...(pack ? { pack } : {}) };
}
