// The document the render benchmark draws: the large case's IO report (about 150 pages),
// built exactly as `impartial render` builds it. Shared by render.bench.ts and its
// peak-memory child (render-peak.ts).
import { generateLargeCase } from '../tests/fixtures/large-case.ts';
import { buildDocument } from '../shared/documents/index.ts';
import type { DocumentModel } from '../shared/document/model.ts';
import { loadTemplates } from '../electron/core/documents/templates.ts';

export function largeIoReport(): DocumentModel {
  const data = generateLargeCase();
  return buildDocument('io-report', data, { named: false, draft: false, templates: loadTemplates(data.authority.name) });
}
