/** Workshop session files as the workshop command writes them, for tests that read them back. */
import { decideRound, serialiseWorkshop, startWorkshop, type Workshop } from '../../../engine/index.js';
import { bundled } from '../../engine/workshop/load-bundled.js';

/**
 * The text of a workshop file of `scenarioId`, two tables one decision in;
 * `change` edits the engine's workshop, `recordChange` the envelope.
 *
 * @example
 * writeFileSync(file, workshopFileText('closing-too-soon', (workshop) => ({ ...workshop, formatVersion: 7 })));
 */
export function workshopFileText(scenarioId: string, change: (workshop: Workshop) => unknown = (workshop) => workshop, recordChange: Record<string, unknown> = {}): string {
  const scenario = bundled(scenarioId);
  const started = startWorkshop(scenario, { tables: 2, mode: 'majority', minutes: 3 });
  const first = scenario.scenes[scenario.start]!.choices[0]!.id;
  const workshop = decideRound(scenario, started, [first, first]);
  return `${JSON.stringify(
    {
      kind: 'common-ground-session',
      recordVersion: 1,
      mode: 'workshop',
      scenarioId,
      scenarioTitle: scenario.frontmatter.title,
      scenarioFile: `/nowhere/${scenarioId}.mdx`,
      startedAt: '2026-12-18T09:00:00.000Z',
      savedAt: '2026-12-18T09:10:00.000Z',
      progress: '2 tables · 1 decisions · majority',
      finished: false,
      workshop: change(JSON.parse(serialiseWorkshop(workshop)) as Workshop),
      ...recordChange,
    },
    null,
    2,
  )}\n`;
}
