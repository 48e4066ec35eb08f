/**
 * The one function front-ends use to turn "a name or some parsed JSON" into a
 * protocol: a built-in by name, or a partnership's own file checked by
 * `loadProtocol`. The built-in data itself lives in `built-in-protocol-data.ts`.
 */
import { builtInProtocol } from './built-in-protocol-data.js';
import { loadProtocol } from './load-protocol.js';
import type { Protocol } from './protocol.schema.js';

export { builtInProtocols, DEFAULT_PROTOCOL } from './built-in-protocol-data.js';

/**
 * Returns the built-in protocol with this name, or loads parsed protocol JSON
 * (for a partnership's own file; `origin` names it in messages).
 *
 * @throws {ProtocolError} for an unknown name or an invalid protocol.
 * @example
 * resolveProtocol('north-yorkshire').name; // 'North Yorkshire Professional Resolutions'
 * resolveProtocol(JSON.parse(text), 'ours.protocol.json');
 */
export function resolveProtocol(nameOrData: string | unknown, origin = 'protocol file'): Protocol {
  if (typeof nameOrData === 'string') return builtInProtocol(nameOrData);
  return loadProtocol(nameOrData, origin);
}
