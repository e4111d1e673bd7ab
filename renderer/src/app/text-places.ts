// Where each text of the case is edited: the screen, the point or item to open there, and the
// field to focus (by its data-text-ref, set by TextField from the same reference). The
// Documents screen's list of names and readiness's "not a name here" warnings link here.
// Every text field of the case model has its entry; those no screen edits yet have none.
import { refKey, type TextFieldName, type TextRef } from '../../../shared/case-model/texts.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import type { Place, ScreenName } from './navigation.ts';

type Where = (ref: TextRef, c: CaseData) => Omit<Place, 'focusText'> | undefined;

const on = (screen: ScreenName): Where => () => ({ screen });
const finding: Where = (ref) => ({ screen: 'findings', pointId: ref.recordId });
const evidence = (tab: Place['tab']): Where => (ref) => ({ screen: 'evidence', tab, recordId: ref.recordId });
/** Fields that no screen edits yet (the IO report's chapters, the adjudication, the authority's details). */
const nowhere: Where = () => undefined;

const places: Record<TextFieldName, Where> = {
  'case.title': on('overview'),
  'case.references.authority': nowhere,
  'case.classification': nowhere,
  'authority.name': on('overview'),
  'authority.service': nowhere,
  'authority.address': nowhere,
  'authority.complaintsManager.name': nowhere,
  'authority.directorTitle': nowhere,
  'people.jobTitle': on('people'),
  'people.organisation': nowhere,
  'complaint.background': nowhere,
  'statement.agreedHow': on('statement'),
  'statement.points.summary': on('statement'),
  'statement.points.detail': on('statement'),
  'statement.points.period': on('statement'),
  'statement.points.desiredOutcome': on('statement'),
  'statement.points.outOfScopeReason': on('statement'),
  'extension.reason': on('overview'),
  'investigation.introduction': nowhere,
  'investigation.methodology': nowhere,
  'investigation.legalFramework': nowhere,
  'investigation.background': nowhere,
  'investigation.conclusion': nowhere,
  'evidence.title': evidence('documents'),
  'evidence.source': evidence('documents'),
  'chronology.event': evidence('chronology'),
  'findings.evidence': finding,
  'findings.analysis': finding,
  'findings.conclusion': finding,
  'findings.noRecommendationReason': finding,
  'recommendations.text': (ref, c) => ({ screen: 'findings', pointId: c.recommendations?.find((r) => r.id === ref.recordId)?.pointIds[0] }),
  'recommendations.owner': (ref, c) => ({ screen: 'findings', pointId: c.recommendations?.find((r) => r.id === ref.recordId)?.pointIds[0] }),
  'ipReview.overall': on('ipReview'),
  'ipReview.process': on('ipReview'),
  'ipReview.recommendationsComment': on('ipReview'),
  'ipReview.points.comment': on('ipReview'),
  'adjudication.apology': nowhere,
  'adjudication.remedy': nowhere,
  'adjudication.points.reasons': nowhere,
  'adjudication.actions.action': nowhere,
  'adjudication.actions.owner': nowhere,
  'panel.venue': on('panel'),
  'panel.documents': on('panel'),
  'panel.points.representations': on('panel'),
  'panel.points.view': on('panel'),
  'panel.recommendations.text': on('panel'),
};

/** The place where a text is edited, its field focused; undefined when no screen edits it. */
export function textPlace(c: CaseData, ref: TextRef): Place | undefined {
  const where = places[ref.field](ref, c);
  // A line of a list is edited in the one field that holds every line.
  return where ? { ...where, focusText: refKey({ field: ref.field, recordId: ref.recordId }) } : undefined;
}
