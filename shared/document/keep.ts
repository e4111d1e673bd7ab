// What stays together on a page, decided once for both renderers: the PDF lays its pages out
// by these rules, and the Word document gives Word the same ones (keep with next, keep lines
// together, rows that cannot split), so the two break pages alike.
//
// - A heading stays with the start of what follows it.
// - A paragraph that introduces what follows stays with it: a label ending in a colon
//   ("Sources:"), and any paragraph straight before a list.
// - A block marked keepWithNext stays with the next; one marked keepWithPrevious with the one
//   before it (a signature is all of these: "Yours sincerely", the name, the title, and never
//   alone on a page).
// - A list of up to WHOLE_LIST items is never split; table rows are never split (unless a row
//   is longer than a page).
import type { Block, ListBlock, Run } from './model.ts';

/** A list of this many items or fewer is kept on one page. */
export const WHOLE_LIST = 4;

export const keepsWhole = (list: ListBlock): boolean => list.items.length <= WHOLE_LIST;

const endsWithColon = (runs: readonly Run[]): boolean => /:\s*$/.test(runs.map((r) => r.text).join(''));

/** Whether block `i` must end on the page where block `i + 1` starts. */
export function keepsWithNext(blocks: readonly Block[], i: number): boolean {
  const block = blocks[i];
  const next = blocks[i + 1];
  if (!block || !next || block.kind === 'pageBreak' || next.kind === 'pageBreak') return false;
  if (next.kind === 'paragraph' && next.keepWithPrevious) return true;
  switch (block.kind) {
    case 'heading':
      return true;
    case 'paragraph':
      return Boolean(block.keepWithNext) || next.kind === 'list' || endsWithColon(block.runs);
    default:
      return false;
  }
}
