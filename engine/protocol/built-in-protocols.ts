/**
 * The protocols that ship with Common Ground, by name, and the one function
 * front-ends use to turn "a name or some parsed JSON" into a protocol.
 */
import northYorkshireData from './data/north-yorkshire.protocol.json';
import { loadProtocol } from './load-protocol.js';
import { ProtocolError } from './protocol-error.js';
import type { Protocol } from './protocol.schema.js';

/**
 * Built-in protocols by name, loaded (and so checked) once when this module
 * is first imported: a broken built-in file fails every test at once.
 *
 * @example
 * builtInProtocols['north-yorkshire']?.stages.length; // 7
 */
export const builtInProtocols: Readonly<Record<string, Protocol>> = Object.freeze({
  'north-yorkshire': loadProtocol(northYorkshireData, 'north-yorkshire.protocol.json'),
});

/** The protocol used when none is named. */
export const DEFAULT_PROTOCOL = 'north-yorkshire';

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
  if (typeof nameOrData === 'string') {
    const found = Object.hasOwn(builtInProtocols, nameOrData) ? builtInProtocols[nameOrData] : undefined;
    if (!found) {
      throw new ProtocolError(
        `There is no built-in protocol called "${nameOrData}".`,
        `Use one of: ${Object.keys(builtInProtocols).join(', ')}, or give the path of a protocol JSON file.`,
      );
    }
    return found;
  }
  return loadProtocol(nameOrData, origin);
}
