// The statutory clock: what the app's Overview and every document pay for deadlines.
import { generateLargeCase } from '../tests/fixtures/large-case.ts';
import { addWorkingDays, countWorkingDays } from '../shared/calendar/index.ts';
import { computeDeadlines } from '../shared/deadlines/index.ts';
import { timeMedian, type BenchRow } from './measure.ts';

export async function run(): Promise<BenchRow[]> {
  const large = generateLargeCase();
  const closures = ['2024-12-27', '2024-12-30', '2024-12-31'];
  const deadlines10k = await timeMedian(5, () => {
    for (let i = 0; i < 10_000; i++) computeDeadlines(large, '2024-12-02');
  });
  const add10k = await timeMedian(5, () => {
    for (let i = 0; i < 10_000; i++) addWorkingDays('2024-11-04', 65, closures);
  });
  const count10k = await timeMedian(5, () => {
    for (let i = 0; i < 10_000; i++) countWorkingDays('2010-01-01', '2040-12-31', closures);
  });
  return [
    { area: 'clock', measure: 'all deadlines of the large case x 10,000', value: deadlines10k, unit: 'ms' },
    { area: 'clock', measure: 'addWorkingDays(65 WD, 3 closures) x 10,000', value: add10k, unit: 'ms' },
    { area: 'clock', measure: 'countWorkingDays over 31 years x 10,000', value: count10k, unit: 'ms' },
  ];
}
