/**
 * fast-check arbitraries for fuzzing text formats: mutations of a valid
 * document (lines deleted, duplicated, swapped, characters inserted, the
 * file cut short) and small random documents made of the format's own
 * punctuation, which reach far more parser branches than random letters.
 */
import fc from 'fast-check';

/** Characters that matter to MDX, YAML and JSX parsers. */
const SYNTAX_CHARACTERS = ['<', '>', '/', '{', '}', '"', "'", '=', ':', '-', '#', '*', '[', ']', '(', ')', '\n', ' ', '\t', '|', '!', '`', '\\', '&', '\u00a0', 'é', '💥', '\u0000'];

/** A short string built from syntax characters and words. */
export const syntaxSoup = (): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...SYNTAX_CHARACTERS),
        fc.constantFrom('Scene', 'Choice', 'Feedback', 'Ending', 'Event', 'Reflect', 'Record', 'id', 'stage', 'to', 'after', '---', 'events:', 'kind:', 'at:', '- ', 'routes:', 'steps:', 'expect:', '&a ', '*a', '*Scene', '!!binary ', '? ', '%YAML 1.2\n'),
        fc.string({ maxLength: 6 }),
      ),
      { maxLength: 120 },
    )
    .map((parts) => parts.join(''));

/** One edit to a list of lines. */
type Edit =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'insert'; at: number; offset: number; text: string }
  | { kind: 'truncate'; at: number };

const edit = (): fc.Arbitrary<Edit> =>
  fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      offset: fc.nat(),
      text: fc.oneof(fc.constantFrom(...SYNTAX_CHARACTERS), fc.string({ maxLength: 4 })),
    }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  );

function applyEdit(lines: string[], change: Edit): string[] {
  if (lines.length === 0) return lines;
  const at = change.at % lines.length;
  const next = [...lines];
  switch (change.kind) {
    case 'delete':
      next.splice(at, 1);
      return next;
    case 'duplicate':
      next.splice(at, 0, next[at] ?? '');
      return next;
    case 'swap': {
      const other = change.with % lines.length;
      [next[at], next[other]] = [next[other] ?? '', next[at] ?? ''];
      return next;
    }
    case 'insert': {
      const line = next[at] ?? '';
      const offset = line.length === 0 ? 0 : change.offset % (line.length + 1);
      next[at] = line.slice(0, offset) + change.text + line.slice(offset);
      return next;
    }
    case 'truncate': {
      const cut = next.slice(0, at + 1);
      const last = cut[cut.length - 1] ?? '';
      cut[cut.length - 1] = last.slice(0, Math.floor(last.length / 2));
      return cut;
    }
  }
}

/**
 * A valid document with one to five random edits.
 *
 * @example
 * fc.assert(fc.property(mutatedText(source), (text) => { parse(text); }));
 */
export const mutatedText = (base: string): fc.Arbitrary<string> =>
  fc.array(edit(), { minLength: 1, maxLength: 5 }).map((edits) => edits.reduce(applyEdit, base.split('\n')).join('\n'));
