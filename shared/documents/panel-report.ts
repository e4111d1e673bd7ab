// The Stage 3 review panel's report (domain.md "The documents"): members and chair; date,
// venue and attendees; documents considered; a summary of the complaint, the Stage 2 outcome
// and the representations; the panel's view on each point still in dispute, with reasons;
// its recommendations; the circulation list. Due 5 working days after the meeting.
// The report is the panel's and goes out before the Director responds; once the date of the
// Director's response is recorded, the report kept on file ends with that response to each
// recommendation (the template's @director-response, under "@if panel.directorResponseDate").
import { formatDate } from '../calendar/index.ts';
import type { Block, DocumentModel, Run } from '../document/model.ts';
import type { CaseData } from '../interchange/schema.ts';
import { cell, fieldHeading, heading, label, nothingYet, para, plain, table } from './blocks.ts';
import { DocumentContext, OUTCOME_LABELS, capitalise, type BuildOptions } from './context.ts';
import { DIRECTOR_RESPONSE_LABELS } from '../follow-up/director-response.ts';

export function buildPanelReport(data: CaseData, options: BuildOptions): DocumentModel {
  const ctx = new DocumentContext('panel-report', data, options);
  const panel = data.panel;
  const title = ctx.titleFor('Review panel report', 3);
  const subtitle = `Stage 3 review panel for ${ctx.authorityInText}${data.case.references?.authority ? `, reference ${data.case.references.authority}` : ''}`;
  const pointsById = new Map(data.statement.points.map((p) => [p.id, p]));
  // "SW1 (Social Worker)", but not "the Investigating Officer (Investigating Officer)".
  const withRole = (id: string): string => {
    const p = ctx.people.get(id);
    const ref = ctx.person(id);
    if (!p) return ref;
    const role = ctx.roleOf(p);
    return ref.toLowerCase().includes(role.toLowerCase()) ? ref : `${ref} (${role})`;
  };
  const described = (id: string, role: string, keyword: string): string => {
    const ref = ctx.person(id);
    return ref.toLowerCase().includes(keyword) ? ref : `${ref}, ${role}`;
  };

  const members = (): Block[] => {
    if (!panel || (!panel.chairId && !panel.memberIds.length)) return [nothingYet('The panel members have not been recorded.')];
    const items: Run[][] = [];
    if (panel.chairId) items.push([plain(capitalise(described(panel.chairId, 'independent chair', 'chair')), 'panel members')]);
    for (const id of panel.memberIds.filter((m) => m !== panel.chairId)) items.push([plain(capitalise(described(id, 'independent panel member', 'member')), 'panel members')]);
    return [{ kind: 'list', ordered: false, items }];
  };

  const attendees = (): Block[] => {
    if (!panel?.attendeeIds.length) return ctx.placeholder('The attendees have not been recorded.');
    return [{ kind: 'list', ordered: false, items: panel.attendeeIds.map((id) => [plain(capitalise(withRole(id)), 'attendees')]) }];
  };

  const documents = (): Block[] => {
    if (!panel?.documents?.length) return ctx.placeholder('The documents considered have not been recorded.');
    return [{ kind: 'list', ordered: false, items: panel.documents.map((d, i) => [plain(d, `documents considered, item ${i + 1}`)]) }];
  };

  const stage2Outcome = (): Block[] => {
    if (!ctx.inScope.length) return [nothingYet('No points of complaint have been recorded.')];
    const decided = new Map((data.adjudication?.points ?? []).map((d) => [d.pointId, d]));
    return [table('The Stage 2 findings and the adjudication', [['Point', 0.1], ['Complaint', 0.46], ['Stage 2 finding', 0.22], ['Adjudication', 0.22]], ctx.inScope.map((p) => {
      const d = decided.get(p.id);
      const adjudication = !d ? 'Not recorded' : d.decision === 'accept' ? 'Finding accepted' : `Varied to ${d.outcome ? OUTCOME_LABELS[d.outcome].toLowerCase() : 'another outcome'}`;
      return [cell(p.number, `point ${p.number}, number`, { bold: true }), cell(p.summary, `point ${p.number}, summary`), cell(ctx.outcome(p.id)), cell(adjudication)];
    }))];
  };

  const points = (): Block[] => {
    if (!panel?.points.length) return [nothingYet("The panel's view on the points has not been recorded.")];
    // In the Statement's order, whatever order the panel's views were entered in.
    const order = new Map(data.statement.points.map((p, i) => [p.id, i]));
    const inOrder = [...panel.points].sort((a, b) => (order.get(a.pointId) ?? Infinity) - (order.get(b.pointId) ?? Infinity));
    return inOrder.flatMap((pp) => {
      const p = pointsById.get(pp.pointId);
      const number = p?.number ?? '?';
      const where = `point ${number}`;
      const out: Block[] = [fieldHeading(2, `Point ${number}: `, p?.summary ?? '', `${where}, summary`)];
      if (pp.representations) {
        out.push(heading(3, 'Representations'));
        out.push(...ctx.longText(pp.representations, `${where}, representations`));
      }
      out.push(heading(3, "The panel's view"));
      out.push(...ctx.longText(pp.view, `${where}, panel view`));
      if (pp.outcome) out.push(para(label('Outcome in the panel\'s view: '), plain(`${OUTCOME_LABELS[pp.outcome]}.`)));
      return out;
    });
  };

  const recommendations = (): Block[] => {
    if (!panel?.recommendations.length) return [para(plain('The panel makes no recommendations.'))];
    return [{
      kind: 'list', ordered: false,
      items: panel.recommendations.map((r) => [label(`Recommendation ${r.number}: `, `panel recommendation ${r.number}, number`), plain(r.text, `panel recommendation ${r.number}`), plain(r.pointIds.length ? ` (point ${ctx.pointNumbers(r.pointIds)})` : '', `panel recommendation ${r.number}, points`)]),
    }];
  };

  const directorResponse = (): Block[] => {
    if (!panel?.directorResponseDate) return [];
    const director = data.authority.directorTitle ?? "Director of Children's Services";
    const consulted = panel.ipConsultedDate
      ? [plain(', having considered this report together with the Independent Person from Stage 2 on '), plain(formatDate(panel.ipConsultedDate))]
      : [];
    const out: Block[] = [para(plain('The '), plain(director, "director's title"), plain(" responded to the panel's recommendations on "), plain(formatDate(panel.directorResponseDate)), ...consulted, plain('.'))];
    if (!panel.recommendations.length) return out;
    for (const r of panel.recommendations) {
      const where = `panel recommendation ${r.number}`;
      out.push(para(label(`Recommendation ${r.number}: `, `${where}, number`), plain(r.text, where)));
      const response = [label('Response: '), plain(r.directorResponse ? `${DIRECTOR_RESPONSE_LABELS[r.directorResponse]}.` : 'Not yet recorded.')];
      if (r.directorReasons?.trim()) out.push(para(...response), ...ctx.ledText([label('Reasons: ')], r.directorReasons, `${where}, the Director's reasons`));
      else out.push(para(...response));
    }
    return out;
  };

  const circulation = (): Block[] => {
    const items: Run[][] = [];
    for (const id of data.complaint.complainantIds) items.push([plain(capitalise(withRole(id)), 'circulation')]);
    for (const id of new Set([...(data.complaint.representativeIds ?? []), ...data.people.filter((p) => p.role === 'advocate').map((p) => p.id)])) items.push([plain(capitalise(withRole(id)), 'circulation')]);
    items.push([plain('The '), plain(data.authority.directorTitle ?? "Director of Children's Services", "director's title"), plain(', '), plain(ctx.authorityInText, 'authority name')]);
    const ip = ctx.firstOfRole('independent-person');
    if (ip) items.push([plain(capitalise(`${described(ip.id, 'Independent Person', 'independent person')} at Stage 2`), 'circulation')]);
    items.push([plain('The complaints manager, '), plain(ctx.authorityInText, 'authority name')]);
    return [{ kind: 'list', ordered: false, items }];
  };

  const blocks = ctx.expand((name) => {
    switch (name) {
      case 'panel-members': return members();
      case 'attendees': return attendees();
      case 'documents-considered': return documents();
      case 'stage2-outcome': return stage2Outcome();
      case 'panel-points': return points();
      case 'panel-recommendations': return recommendations();
      case 'director-response': return directorResponse();
      case 'circulation': return circulation();
      default: return undefined;
    }
  }, title, subtitle);
  return ctx.model(title, blocks, `Stage 3 review panel, ${data.authority.name}`);
}
