// The edits of the kill trials, numbered: the child makes edit n (edit-loop-child.ts) and the
// test, knowing n, knows what it changed. Small edits, attachments of tens to hundreds of
// kilobytes (many pages in one transaction) and whole-case imports, so that a kill lands in
// transactions of every size.
import { createHash } from 'node:crypto';
import type { CaseData } from '../../../../shared/interchange/schema.ts';
import type { Casefile } from '../../../../electron/core/casefile/index.ts';
import { seeded } from './files.ts';

export type Edit =
  | { kind: 'chronology'; id: string }
  | { kind: 'attachment'; evidenceIndex: number; fileName: string; bytes: Buffer }
  | { kind: 'import'; title: string };

export function editNumber(n: number): Edit {
  switch (n % 5) {
    case 3: {
      const next = seeded(n);
      const bytes = Buffer.from(Array.from({ length: 20_000 + Math.floor(next() * 200_000) }, () => Math.floor(next() * 256)));
      return { kind: 'attachment', evidenceIndex: (n * 7) % 40, fileName: `file-${n}.bin`, bytes };
    }
    case 4: return { kind: 'import', title: `Imported in edit ${n}` };
    default: return { kind: 'chronology', id: `k-${n}` };
  }
}

export function applyEdit(casefile: Casefile, edit: Edit): void {
  if (edit.kind === 'chronology') {
    casefile.upsert('chronology', { id: edit.id, date: '2024-05-01', event: `Saved as ${edit.id}.`, sourceIds: [], pointIds: [] });
  } else if (edit.kind === 'attachment') {
    const evidenceId = casefile.readCase().evidence![edit.evidenceIndex]!.id;
    casefile.putAttachment(evidenceId, edit.bytes, edit.fileName, 'application/octet-stream');
  } else {
    const current = casefile.readCase();
    casefile.replaceCase({ ...current, case: { ...current.case, title: edit.title } });
  }
}

/** What the trials look at in a case: the chronology entries they added, each evidence item's file, the title. */
export interface Observed {
  chronology: string[];
  files: Array<string | undefined>;
  title: string;
}

export function observe(data: CaseData): Observed {
  return {
    chronology: (data.chronology ?? []).map((c) => c.id).filter((id) => id.startsWith('k-')).sort(),
    files: (data.evidence ?? []).slice(0, 40).map((e) => e.attachment && `${e.attachment.fileName} ${e.attachment.sha256}`),
    title: data.case.title,
  };
}

/** The observed state after `edit`, from the state before it. */
export function afterEdit(before: Observed, edit: Edit): Observed {
  const next = { chronology: [...before.chronology], files: [...before.files], title: before.title };
  if (edit.kind === 'chronology') next.chronology = [...next.chronology, edit.id].sort();
  else if (edit.kind === 'attachment') next.files[edit.evidenceIndex] = `${edit.fileName} ${createHash('sha256').update(edit.bytes).digest('hex')}`;
  else next.title = edit.title;
  return next;
}
