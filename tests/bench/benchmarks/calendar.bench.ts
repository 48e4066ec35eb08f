/**
 * `addWorkingDays` over random days 1995–2100 and n in 1..260, against the
 * day-by-day loop `addWorkingDaysByDayLoop` on the same calendar and inputs,
 * measured in the same run so the ratio survives a noisy machine.
 */
import { addWorkingDays } from '../../../engine/calendar/add-working-days.js';
import { addWorkingDaysByDayLoop } from '../../../engine/calendar/add-working-days-by-day-loop.js';
import { englandAndWalesCalendar } from '../../../engine/calendar/england-and-wales-calendar.js';
import { allMet, judge, type BenchRow } from '../lib/bench-row.js';
import { consume, sampleRate } from '../lib/measure.js';
import { randomInt, seededRandom } from '../lib/seeded-random.js';

const CALLS = 200_000;
const LOOP_CALLS = 4_000;

/** Random `[day, n]` pairs: any day of 1995–2100, n from 1 to 260. */
function inputs(count: number, seed: number): { days: string[]; ns: number[] } {
  const random = seededRandom(seed);
  const first = Date.UTC(1995, 0, 1) / 86_400_000;
  const last = Date.UTC(2100, 11, 31) / 86_400_000;
  const days: string[] = [];
  const ns: number[] = [];
  for (let i = 0; i < count; i += 1) {
    // Building the input strings uses Date once, outside the timed loop.
    days.push(new Date(randomInt(random, first, last) * 86_400_000).toISOString().slice(0, 10));
    ns.push(randomInt(random, 1, 260));
  }
  return { days, ns };
}

/** The calendar figures. */
export function benchCalendar(): BenchRow[] {
  const { days, ns } = inputs(CALLS, 1995);
  const calendar = englandAndWalesCalendar;
  // Same inputs through both paths: a sanity check that the benchmark compares like with like.
  for (let i = 0; i < 500; i += 1) {
    const day = days[i] as string;
    const n = ns[i] as number;
    if (addWorkingDays(day, n) !== addWorkingDaysByDayLoop(day, n, { calendar })) {
      throw new Error(`addWorkingDays and the day loop disagree for ${day} + ${n}.`);
    }
  }
  const fast = sampleRate(() => {
    for (let i = 0; i < CALLS; i += 1) consume(addWorkingDays(days[i] as string, ns[i] as number));
  }, CALLS, { runs: 11, warmup: 3 });
  const loop = sampleRate(() => {
    for (let i = 0; i < LOOP_CALLS; i += 1) consume(addWorkingDaysByDayLoop(days[i] as string, ns[i] as number, { calendar }));
  }, LOOP_CALLS, { runs: 11, warmup: 2 });
  const ratio = fast.median / loop.median;
  return [
    {
      group: 'calendar',
      figure: 'addWorkingDays, random days 1995–2100, n in 1..260',
      unit: 'calls/s',
      summary: fast,
      baseline: { label: 'addWorkingDaysByDayLoop', unit: 'calls/s', summary: loop },
      ratio: { value: ratio, label: 'x the day loop' },
      target: '>= 1,000,000 calls/s and >= 20x the loop',
      status: allMet(judge(fast.median, '>=', 1_000_000), judge(ratio, '>=', 20)),
    },
  ];
}
