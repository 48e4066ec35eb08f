/**
 * How a scene that is not a decision moves on: its `<Continue>`, or an
 * `<Event to>` (an event that happens and then leads on). The runner, the
 * views, the scenario graph and the validator all ask this one question
 * here, so the two forms cannot drift apart.
 */
import type { Duration } from './duration.js';
import type { SceneNode, SourcePosition } from './scenario-model.js';

/** A scene's single way on when it offers no choices. */
export interface SceneWayOn {
  /** `continue` for `<Continue>`, `event` for `<Event to>`. */
  kind: 'continue' | 'event';
  /** The scene or ending it leads to. */
  to: string;
  /**
   * Time that passes when the learner continues: a `<Continue>`'s `after`.
   * An `<Event to>`'s time has already passed on entering the scene, so it
   * is undefined for events.
   */
  after: Duration | undefined;
  position: SourcePosition;
}

/**
 * The scene's narrative step, or undefined when the learner must choose.
 *
 * @example
 * sceneWayOn(scene)?.to; // 'the-call'
 */
export function sceneWayOn(scene: SceneNode): SceneWayOn | undefined {
  if (scene.next) return { kind: 'continue', to: scene.next.to, after: scene.next.after, position: scene.next.position };
  const event = scene.events.find((candidate) => candidate.to !== undefined);
  return event?.to === undefined ? undefined : { kind: 'event', to: event.to, after: undefined, position: event.position };
}
