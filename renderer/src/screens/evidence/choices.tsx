// Checkbox groups for linking an evidence record to others: the points it bears on, the people
// at an interview, the documents and interviews that show a chronology entry. Two groups may
// write one list (a chronology entry's sourceIds holds documents and interviews alike), so a
// group shows and returns only its own options and leaves the rest of the list to the caller.
import { useMemo } from 'react';
import type { PointData } from '../../../../shared/interchange/schema.ts';
import { caseStore } from '../../app/session.ts';
import { useStore } from '../../app/store.ts';
import { EMPTY } from './record-list.tsx';

interface ChoicesProps {
  legend: string;
  options: readonly { value: string; label: string }[];
  /** May hold values of other groups: only this group's options are shown and returned. */
  selected: string[];
  onChange: (chosen: string[]) => void;
  empty: string;
  scroll?: boolean;
}

export function Choices({ legend, options, selected, onChange, empty, scroll }: ChoicesProps) {
  const chosen = new Set(selected);
  const toggle = (value: string, on: boolean) => {
    const mine = options.filter((o) => (o.value === value ? on : chosen.has(o.value))).map((o) => o.value);
    onChange(mine);
  };
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      {options.length === 0 ? <p className="field-hint">{empty}</p> : (
        <ul className={scroll && options.length > 8 ? 'choice-list choice-list--scroll' : 'choice-list'}>
          {options.map((o) => (
            <li key={o.value}>
              <label className="choice">
                <input type="checkbox" className="checkbox" checked={chosen.has(o.value)} onChange={(ev) => toggle(o.value, ev.target.checked)} />
                <span>{o.label}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

/** The in-scope points by number and summary, and any other point already linked. */
export function PointChoices({ legend, selected, onChange }: { legend: string; selected: string[]; onChange: (ids: string[]) => void }) {
  const points = useStore(caseStore, (c) => c?.statement.points ?? EMPTY);
  const options = useMemo(() => points
    .filter((p: PointData) => p.scope !== 'out' || selected.includes(p.id))
    .map((p) => ({ value: p.id, label: `Point ${p.number}: ${p.summary || 'Untitled point'}${p.scope === 'out' ? ' (out of scope)' : ''}` })), [points, selected]);
  return <Choices legend={legend} options={options} selected={selected} onChange={onChange} empty="No points yet: add them to the Statement of Complaint." />;
}
