// Where each text of the case is edited: the screen, the point or item to open there, and the
// field to focus (by its data-text-ref, set by TextField from the same reference). The
// Documents screen's list of names and readiness's "not a name here" warnings link here.
// Every text field of the case model has its entry.
import { refKey, type TextFieldName, type TextRef } from '../../../shared/case-model/texts.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import type { Place, ScreenName } from './navigation.ts';

type Where = (ref: TextRef, c: CaseData) => Omit<Place, 'focusText'> | undefined;

const on = (screen: ScreenName): Where => () => ({ screen });
const finding: Where = (ref) => ({ screen: 'findings', pointId: ref.recordId });
const evidence = (tab: Place['tab']): Where => (ref) => ({ screen: 'evidence', tab, recordId: ref.recordId });
/** A person's card, opened. */
const person: Where = (ref) => ({ screen: 'people', personId: ref.recordId });

const places: Record<TextFieldName, Where> = {
  'case.title': on('case'),
  'case.references.authority': on('case'),
  'case.classification': on('case'),
  'authority.name': on('case'),
  'authority.service': on('case'),
  'authority.address': on('case'),
  'authority.complaintsManager.name': on('case'),
  'authority.directorTitle': on('case'),
  'people.jobTitle': person,
  'people.organisation': person,
  'complaint.background': on('complaint'),
  'statement.agreedHow': on('statement'),
  'statement.points.summary': on('statement'),
  'statement.points.detail': on('statement'),
  'statement.points.period': on('statement'),
  'statement.points.desiredOutcome': on('statement'),
  'statement.points.outOfScopeReason': on('statement'),
  'extension.reason': on('overview'),
  'investigation.introduction': on('ioReport'),
  'investigation.methodology': on('ioReport'),
  'investigation.legalFramework': on('ioReport'),
  'investigation.background': on('ioReport'),
  'investigation.conclusion': on('ioReport'),
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
  'adjudication.apology': on('adjudication'),
  'adjudication.remedy': on('adjudication'),
  'adjudication.payment.reason': on('adjudication'),
  'adjudication.points.reasons': on('adjudication'),
  'adjudication.actions.action': on('adjudication'),
  'adjudication.actions.owner': on('adjudication'),
  'adjudication.actions.reasons': on('adjudication'),
  'panel.venue': on('panel'),
  'panel.documents': on('panel'),
  'panel.points.representations': on('panel'),
  'panel.points.view': on('panel'),
  'panel.recommendations.text': on('panel'),
  'panel.recommendations.directorReasons': on('panel'),
  // The fact-check round is kept on the IO report screen, below the chapters.
  'factCheck.rounds.sentTo': (ref) => ({ screen: 'ioReport', recordId: ref.recordId }),
  'factCheck.comments.text': (ref) => ({ screen: 'ioReport', recordId: ref.recordId }),
  'factCheck.comments.from': (ref) => ({ screen: 'ioReport', recordId: ref.recordId }),
  'factCheck.comments.change': (ref) => ({ screen: 'ioReport', recordId: ref.recordId }),
  'factCheck.comments.reason': (ref) => ({ screen: 'ioReport', recordId: ref.recordId }),
};

/** The place where a text is edited, its field focused; undefined when no screen edits it. */
export function textPlace(c: CaseData, ref: TextRef): Place | undefined {
  const where = places[ref.field](ref, c);
  // A line of a list is edited in the one field that holds every line.
  return where ? { ...where, focusText: refKey({ field: ref.field, recordId: ref.recordId }) } : undefined;
}
