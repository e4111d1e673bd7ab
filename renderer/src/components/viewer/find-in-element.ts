// Find in a file shown as HTML or text (a Word document, a text file): every match of the words
// typed is highlighted with the CSS Custom Highlight API (no change to the document's own
// nodes), and the current one is scrolled into view. Case and accents are ignored.
import { useEffect, useState } from 'react';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

interface Found {
  /** "2 of 5 matches", "Not found", or '' when nothing is typed. */
  label: string;
  count: number;
}

function highlights(): HighlightRegistry | undefined {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined;
}

function rangesOf(root: HTMLElement, query: string): Range[] {
  const wanted = fold(query.trim());
  if (!wanted) return [];
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    // Folding keeps one character per character for the letters that matter here (é -> e).
    const folded = fold(text);
    if (folded.length !== text.length) {
      const lower = text.toLowerCase();
      for (let at = lower.indexOf(query.trim().toLowerCase()); at >= 0; at = lower.indexOf(query.trim().toLowerCase(), at + 1)) {
        const r = document.createRange(); r.setStart(node, at); r.setEnd(node, at + query.trim().length); ranges.push(r);
      }
      continue;
    }
    for (let at = folded.indexOf(wanted); at >= 0; at = folded.indexOf(wanted, at + 1)) {
      const r = document.createRange();
      r.setStart(node, at);
      r.setEnd(node, at + wanted.length);
      ranges.push(r);
    }
  }
  return ranges;
}

/** Highlights `query` in `root` and shows match number `current` (wrapping). */
export function useFindInElement(root: HTMLElement | null, query: string, current: number, version: unknown): Found {
  const [found, setFound] = useState<Found>({ label: '', count: 0 });
  useEffect(() => {
    const registry = highlights();
    if (!root) return;
    const ranges = rangesOf(root, query);
    if (ranges.length === 0) {
      registry?.delete('find-match');
      registry?.delete('find-current');
      setFound({ label: query.trim() ? 'Not found' : '', count: 0 });
      return;
    }
    const n = ((current % ranges.length) + ranges.length) % ranges.length;
    const at = ranges[n]!;
    if (registry) {
      registry.set('find-match', new Highlight(...ranges));
      registry.set('find-current', new Highlight(at));
    }
    at.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    setFound({ label: `${n + 1} of ${ranges.length} ${ranges.length === 1 ? 'match' : 'matches'}`, count: ranges.length });
    return () => {
      registry?.delete('find-match');
      registry?.delete('find-current');
    };
  }, [root, query, current, version]);
  return found;
}
