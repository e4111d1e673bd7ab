// One statutory clock in a sentence, beside the date that ends it: "Stage 2 response due Monday
// 9 December 2024: met." The screen that records the ending date shows at once what it did to
// the clock; the dates and their status come from the one clock (shared/deadlines).
import { useMemo } from 'react';
import { deadlineOf, type Deadline, type DeadlineKey } from '../../../shared/deadlines/index.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { deadlineStatusLabels } from '../format/labels.ts';
import { longDate, todayIso } from '../format/dates.ts';

const days = (n: number) => `${n} working day${n === 1 ? '' : 's'}`;

function sentence(d: Deadline): string {
  if (!d.due) return `${d.label}: not started. ${d.explanation}`;
  const head = `${d.label} due ${longDate(d.due)}`;
  const r = d.remaining ?? 0;
  switch (d.status) {
    case 'met': return `${head}: met${d.ended ? ` (${d.endEvent} on ${longDate(d.ended)})` : ''}.`;
    case 'late': return `${head}: met late, ${days(-r)} after the due date${d.ended ? ` (${d.endEvent} on ${longDate(d.ended)})` : ''}.`;
    case 'overdue': return `${head}: ${days(-r)} overdue.`;
    case 'not-started': return `${head}: not started.`;
    default: return `${head}: ${days(r)} left.`;
  }
}

export function ClockLine({ c, clock, testId }: { c: CaseData; clock: DeadlineKey; testId?: string }) {
  const today = todayIso();
  const d = useMemo(() => {
    try { return deadlineOf(c, clock, today); } catch { return undefined; }
  }, [c, clock, today]);
  if (!d) return null;
  return (
    <p className="clock-line" data-testid={testId}>
      <span className={`badge badge--${d.status}`}>{deadlineStatusLabels[d.status]}</span> {sentence(d)}
    </p>
  );
}
