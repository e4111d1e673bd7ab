import { describe, expect, it } from 'vitest';
import { refoldByOctets } from '../../../electron/core/deadlines/ics.ts';

describe('iCalendar line folding', () => {
  it('folds at 75 octets without splitting a character, and unfolds back to the same text', () => {
    const long = `DESCRIPTION:${'New Year’s Day 🎉 é '.repeat(12)}`;
    const folded = refoldByOctets(`BEGIN:VEVENT\r\n${long}\r\nEND:VEVENT`);
    const lines = folded.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.length).toBeGreaterThan(6);
    expect(lines.slice(2, -1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`BEGIN:VEVENT\r\n${long}\r\nEND:VEVENT`);
    expect(folded).not.toContain('\uFFFD');
  });
});
