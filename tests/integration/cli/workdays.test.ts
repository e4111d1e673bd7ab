// `impartial workdays` as a real process: the output, and the exit codes of
// docs/contracts/design.md section 5.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { impartialBin } from './bin.ts';

const root = join(import.meta.dirname, '../../..');
function impartial(...args: string[]) {
  const r = spawnSync(process.execPath, [impartialBin, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('impartial workdays', () => {
  it('add 2024-12-16 25 prints 2025-01-23', () => {
    expect(impartial('workdays', 'add', '2024-12-16', '25')).toEqual({ code: 0, stdout: '2025-01-23\n', stderr: '' });
  });

  it('respects --closure days, and counts working days in (from, to]', () => {
    expect(impartial('workdays', 'add', '2024-12-16', '25', '--closure', '2024-12-27', '--closure', '2025-01-02').stdout).toBe('2025-01-27\n');
    expect(impartial('workdays', 'count', '2024-12-16', '2025-01-23')).toMatchObject({ code: 0, stdout: '25\n' });
    expect(impartial('workdays', 'count', '2024-12-16', '2025-01-23', '--closure', '2024-12-27').stdout).toBe('24\n');
    expect(impartial('workdays', 'count', '2025-01-23', '2024-12-16').stdout).toBe('-25\n');
  });

  it('exits 1 with one clear line for a bad date or number', () => {
    const bad = impartial('workdays', 'add', '2024-02-30', '5');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe('impartial workdays: date "2024-02-30" is not a real date written as YYYY-MM-DD\n');
    expect(impartial('workdays', 'count', '2024-12-16', '16/12/2024').stderr).toContain('to "16/12/2024" is not a real date');
    expect(impartial('workdays', 'add', '2024-12-16', '2.5')).toMatchObject({ code: 1 });
    expect(impartial('workdays', 'add', '2024-12-16', '5', '--closure', 'Christmas')).toMatchObject({ code: 1 });
  });

  it('exits 2 for missing arguments or an unknown action', () => {
    expect(impartial('workdays', 'add', '2024-12-16').code).toBe(2);
    expect(impartial('workdays').code).toBe(2);
    expect(impartial('workdays', 'subtract', '2024-12-16', '3').code).toBe(2);
    expect(impartial('workdays', 'add', '2024-12-16', '3', '--holiday', '2024-12-20').code).toBe(2);
  });
});
