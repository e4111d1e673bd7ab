// Where a search hit is edited: the field's place on its screen (text-places.ts, the same table
// the names check and readiness use), with the words found to select there. A field no
// document prints (an evidence item's notes, an interview's summary, a person's name) goes to
// its record; an attached file opens in the evidence viewer instead (evidence-viewer.ts).
import { textFieldNames, textFields, type TextFieldName } from '../../../shared/case-model/texts.ts';
import type { SearchTarget } from '../../../shared/search/index.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import type { Place } from './navigation.ts';
import { placeOfField } from './readiness.ts';
import { textPlace } from './text-places.ts';

/** The text field a record's or section's field is, when the case model lists it. */
function textFieldOf(target: Exclude<SearchTarget, { kind: 'file' }>): TextFieldName | undefined {
  return textFieldNames.find((name) => {
    const model = textFields[name];
    const own = name.slice(name.lastIndexOf('.') + 1);
    return target.kind === 'record' ? model.collection === target.collection && own === target.field
      : !model.collection && name === `${target.section}.${target.field}`;
  });
}

export function placeOfHit(target: Exclude<SearchTarget, { kind: 'file' }>, c: CaseData): Place | undefined {
  const field = textFieldOf(target);
  if (field) {
    const place = textPlace(c, { field, ...(target.kind === 'record' ? { recordId: target.key } : {}) });
    if (place) return place;
  }
  if (target.kind === 'section') return placeOfField(`${target.section}.${target.field}`);
  switch (target.collection) {
    case 'people': return placeOfField(`people[0].${target.field}`, target.key);
    case 'evidence': return { screen: 'evidence', tab: 'documents', recordId: target.key };
    case 'interviews': return { screen: 'evidence', tab: 'interviews', recordId: target.key, focusId: `interview-${target.key}-${target.field}` };
    case 'chronology': return { screen: 'evidence', tab: 'chronology', recordId: target.key };
    case 'points': return { screen: 'statement' };
    case 'findings': return { screen: 'findings', pointId: target.key };
    case 'recommendations': return { screen: 'findings', pointId: c.recommendations?.find((r) => r.id === target.key)?.pointIds[0] };
    case 'ipReviewPoints': return { screen: 'ipReview' };
    case 'adjudicationPoints': case 'adjudicationActions': return { screen: 'adjudication' };
    case 'panelPoints': case 'panelRecommendations': return { screen: 'panel' };
    default: return undefined;
  }
}

