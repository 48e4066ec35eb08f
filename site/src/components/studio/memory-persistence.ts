/**
 * Where the studio's preview keeps its play-through: nowhere but memory. A
 * draft being tried out must never resume, overwrite or sit beside a
 * learner's saved progress in a published scenario of the same id.
 */
import { startSession } from '../../../../engine/runtime.js';
import type { PlayerPersistence } from '../player/use-player.js';

/**
 * A persistence that starts afresh every time and keeps nothing; `onMove`
 * hears of every save the player asks for (so the studio knows the
 * preview has been played).
 *
 * @example
 * <ScenarioPlayer scenario={draft} persistence={memoryPersistence(() => setPlayed(true))} />
 */
export function memoryPersistence(onMove: () => void = () => undefined): PlayerPersistence {
  return {
    load: (scenario, _now, seed) => ({ session: startSession(scenario, { seed }), resumed: false, message: null, setAside: null, held: null }),
    save: () => {
      onMove();
      return { ok: true };
    },
    // What the author types into the preview's prompts is not CPD evidence.
    keepsLog: false,
  };
}
