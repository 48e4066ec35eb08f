/**
 * Moves a piece of mdast read on its own to where it sits in its file: a
 * deep copy with every line and offset shifted, in the mdast positions and
 * in the estree programs MDX attaches under `data` alike, so the copy is
 * what a parse of the whole file gives. Columns are left alone: a piece
 * always starts at column 1, so every column in it is already the file's.
 */

/** How far a piece moves: whole lines down, and characters along. */
export interface PositionShift {
  /** Lines to add to every 1-based line. */
  lines: number;
  /** Characters to add to every 0-based offset. */
  offset: number;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;

/** A point (`{ line, column, offset }`) shifted; fields it lacks stay absent. */
function shiftPoint(point: unknown, shift: PositionShift): unknown {
  if (!isObject(point)) return point;
  const copy: Json = { ...point };
  if (typeof point.line === 'number') copy.line = point.line + shift.lines;
  if (typeof point.offset === 'number') copy.offset = point.offset + shift.offset;
  return copy;
}

/** A `{ start, end }` of points (mdast's `position`, estree's `loc`) shifted. */
function shiftSpan(span: unknown, shift: PositionShift): unknown {
  if (!isObject(span)) return span;
  return { ...span, start: shiftPoint(span.start, shift), end: shiftPoint(span.end, shift) };
}

/**
 * An estree tree (acorn's, as micromark attaches it) copied with its
 * `start`, `end`, `range` and `loc` shifted. Only inside estree do `start`
 * and `end` mean offsets: mdast's ordered `list` has a `start` number too.
 */
function copyEstree(value: unknown, shift: PositionShift): unknown {
  if (Array.isArray(value)) return value.map((item) => copyEstree(item, shift));
  // A regular expression literal's value is a RegExp: kept as it is, like any other non-tree value.
  if (!isObject(value) || value instanceof RegExp) return value;
  const copy: Json = {};
  for (const key of Object.keys(value)) {
    const field = value[key];
    if ((key === 'start' || key === 'end') && typeof field === 'number') copy[key] = field + shift.offset;
    else if (key === 'range' && Array.isArray(field)) copy[key] = field.map((at) => (typeof at === 'number' ? at + shift.offset : at));
    else if (key === 'loc') copy[key] = shiftSpan(field, shift);
    else copy[key] = copyEstree(field, shift);
  }
  return copy;
}

function copyMdast(value: unknown, shift: PositionShift): unknown {
  if (Array.isArray(value)) return value.map((item) => copyMdast(item, shift));
  if (!isObject(value)) return value;
  const copy: Json = {};
  for (const key of Object.keys(value)) {
    const field = value[key];
    if (key === 'position') copy[key] = shiftSpan(field, shift);
    else if (key === 'estree') copy[key] = copyEstree(field, shift);
    else copy[key] = copyMdast(field, shift);
  }
  return copy;
}

/**
 * A deep copy of `node` with every position moved by `shift`; the input is
 * never changed, so one parsed piece can be placed at many offsets.
 *
 * @example
 * shiftedCopy({ type: 'text', value: 'Hi', position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 3, offset: 2 } } }, { lines: 9, offset: 120 });
 * // { type: 'text', value: 'Hi', position: { start: { line: 10, column: 1, offset: 120 }, end: { line: 10, column: 3, offset: 122 } } }
 */
export function shiftedCopy<T>(node: T, shift: PositionShift): T {
  return copyMdast(node, shift) as T;
}

/**
 * A point (`{ line, column, offset }`) moved by `shift`, as a new object.
 *
 * @example
 * shiftedPoint({ line: 2, column: 4, offset: 9 }, { lines: 10, offset: 300 }); // { line: 12, column: 4, offset: 309 }
 */
export function shiftedPoint<T extends { line: number; column: number; offset?: number | undefined }>(point: T, shift: PositionShift): T {
  return shiftPoint(point, shift) as T;
}
