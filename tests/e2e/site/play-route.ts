import type { PlayerPage } from './pages/player-page.js';

/** One step of a route: a choice id, or text for a prompt. */
export type RouteStep = string | { write: string; text: string };

/** The recommended route of closing-too-soon (from its plan file), which writes all three prompts. */
export const recommendedClosingTooSoon: RouteStep[] = [
  'ask-for-time-tomorrow',
  { write: 'plan-the-call', text: 'Share what Amara said and what breakfast club has seen.' },
  'start-with-amara',
  'call-bea',
  { write: 'during-the-call', text: 'Acknowledge the progress, then share the last fortnight.' },
  'acknowledge-and-propose',
  'agree-actions',
  { write: 'call-record', text: 'Closure postponed; review in six weeks.' },
  'share-with-team',
];

/** Plays steps by clicking and filling (for tests that are not about the keyboard). */
export async function playRoute(player: PlayerPage, steps: readonly RouteStep[]): Promise<void> {
  for (const step of steps) {
    if (typeof step === 'string') {
      // Locators wait for the button, so the next step waits for the scene it belongs to.
      await player.choose(step);
    } else {
      await player.write(step.write, step.text);
    }
  }
}
