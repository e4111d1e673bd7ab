// A few lines in each style a document uses, rendered once and thrown away before the real
// document: what a fresh process pays the first time it makes a document (the fonts read and
// parsed, the tables fontkit shapes with, the renderer's code compiled) is paid on these, at a
// moment the caller chooses. The command line does it while the casefile's key is derived on
// another thread (produce.ts, getReadyToProduce). Nothing of any case is in it.
import type { DocumentModel, Run } from '../../../shared/document/model.ts';

const SENTENCE = 'The quick brown fox jumps over the lazy dog: 0123456789, “quoted” (and) – 3.5% of £1,000; AVAILABLE? Yes!';
const styled = (bold: boolean, italic: boolean): Run => ({ text: SENTENCE + ' ', bold, italic });

export const WARM_UP_DOCUMENT: DocumentModel = {
  title: 'Warm-up',
  author: 'Impartial',
  classification: 'OFFICIAL',
  reference: 'REF/0',
  draft: false,
  language: 'en-GB',
  blocks: [
    { kind: 'paragraph', style: 'title', runs: [{ text: 'Warm-up' }] },
    { kind: 'heading', level: 1, text: SENTENCE },
    { kind: 'heading', level: 2, text: SENTENCE },
    { kind: 'paragraph', runs: [styled(false, false), styled(true, false), styled(false, true), styled(true, true)] },
    { kind: 'list', ordered: true, items: [[styled(false, false)], [styled(true, false)]] },
    {
      kind: 'table',
      columns: [{ title: 'Point', width: 0.2 }, { title: SENTENCE, width: 0.8 }],
      rows: [[[{ text: '1', bold: true }], [styled(false, false)]]],
    },
  ],
};
