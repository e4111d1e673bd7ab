// The app's words for coded values: the documents' own where they should agree, so a document
// is never called one thing on screen and another on paper.
import { describe, expect, it } from 'vitest';
import { documentKinds } from '../../../shared/api.ts';
import { DOCUMENT_NAMES, OUTCOME_LABELS } from '../../../shared/documents/context.ts';
import { documentLabels, outcomeLabels } from '../../../renderer/src/format/labels.ts';

describe('renderer labels', () => {
  it('names every document as the documents and the CLI do', () => {
    for (const kind of documentKinds) expect(documentLabels[kind]).toBe(DOCUMENT_NAMES[kind]);
    expect(documentLabels['io-report']).toBe('IO report');
  });

  it("uses the documents' outcome words, with a short one for no finding", () => {
    expect(outcomeLabels).toEqual({ upheld: 'Upheld', 'partially-upheld': 'Partially upheld', 'not-upheld': 'Not upheld', 'no-finding': 'No finding' });
    expect(outcomeLabels.upheld).toBe(OUTCOME_LABELS.upheld);
  });
});
