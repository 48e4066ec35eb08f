import type { ServerMessage } from '../../../engine/runtime.js';

const SERVER_TYPES: ReadonlySet<string> = new Set(['lobby', 'seated', 'view', 'received', 'refused']);

/** The fields each message must carry, with their JSON types, so rendering never meets an `undefined`. */
const REQUIRED: Readonly<Record<ServerMessage['type'], Readonly<Record<string, string>>>> = {
  lobby: { title: 'string', tables: 'array' },
  seated: { table: 'number', name: 'string', token: 'string' },
  view: { view: 'object' },
  received: { ballot: 'string', decision: 'number', choice: 'string' },
  refused: { code: 'string', message: 'string', hint: 'string' },
};

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

/**
 * Reads a message from the laptop, or null when it is not one this page
 * knows (a newer server's message is ignored rather than crashing the
 * page). The server is trusted, so this checks shape, not every value.
 * @example
 * readServerMessage('{"type":"seated","table":1,"name":"Table 2","token":"…"}'); // { type: 'seated', … }
 * readServerMessage('not json'); // null
 */
export function readServerMessage(text: string): ServerMessage | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (jsonType(data) !== 'object') return null;
  const record = data as Record<string, unknown>;
  if (typeof record.type !== 'string' || !SERVER_TYPES.has(record.type)) return null;
  const required = REQUIRED[record.type as ServerMessage['type']];
  for (const [field, type] of Object.entries(required)) {
    if (jsonType(record[field]) !== type) return null;
  }
  if (record.type === 'view') {
    const view = record.view as Record<string, unknown>;
    if (typeof view.step !== 'string' || typeof view.decision !== 'number' || !Array.isArray(view.choices)) return null;
  }
  return record as unknown as ServerMessage;
}
