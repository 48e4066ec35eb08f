/**
 * The editor's completions: scene ids in `to=`, the protocol's citations
 * and principles, durations, from the studio's vocabulary (engine/studio).
 */
import type { CompletionSource } from '@codemirror/autocomplete';
import { completionsAt, type StudioVocabulary } from '../../../../engine/runtime.js';

/**
 * A CodeMirror completion source over {@link completionsAt}. `vocabulary`
 * is read at each request, so it follows the protocol the draft names.
 *
 * @example
 * autocompletion({ override: [scenarioCompletions(() => vocabularyRef.current)] });
 */
export function scenarioCompletions(vocabulary: () => StudioVocabulary): CompletionSource {
  return (context) => {
    const result = completionsAt(context.state.doc.toString(), context.pos, vocabulary());
    if (!result || result.options.length === 0) return null;
    return {
      from: result.from,
      to: result.to,
      options: result.options.map((option) => ({
        label: option.label,
        ...(option.detail === undefined ? {} : { detail: option.detail }),
        ...(option.info === undefined ? {} : { info: option.info }),
        ...(option.apply === undefined ? {} : { apply: option.apply }),
      })),
    };
  };
}
