/**
 * The protocols a run knows by id: the built-in ones, plus any a partnership
 * brings as files (`--protocol FILE`, or the site's protocol setting). A
 * scenario, case file or test plan names its protocol by id, and every front
 * end looks it up here, so a protocol that is not built in works everywhere a
 * built-in one does.
 */
import { builtInProtocols, DEFAULT_PROTOCOL } from './built-in-protocol-data.js';
import { ProtocolError } from './protocol-error.js';
import type { Protocol } from './protocol.schema.js';

/** Protocols by id. */
export type ProtocolCatalogue = Readonly<Record<string, Protocol>>;

/**
 * The built-in protocols with `extra` added; an extra protocol with a
 * built-in's id replaces it (a partnership's newer copy wins).
 *
 * @example
 * const catalogue = catalogueWith([loadProtocol(JSON.parse(text), 'ours.protocol.json')]);
 */
export function catalogueWith(extra: readonly Protocol[], base: ProtocolCatalogue = builtInProtocols): ProtocolCatalogue {
  const catalogue: Record<string, Protocol> = { ...base };
  for (const protocol of extra) catalogue[protocol.id] = protocol;
  return Object.freeze(catalogue);
}

/**
 * The protocol with this id (the default protocol when `id` is undefined).
 *
 * @throws {ProtocolError} naming the protocols known, when there is none with that id.
 * @example
 * protocolById('north-yorkshire', builtInProtocols).stages.length; // 7
 */
export function protocolById(id: string | undefined, catalogue: ProtocolCatalogue = builtInProtocols): Protocol {
  const name = id ?? DEFAULT_PROTOCOL;
  const found = Object.hasOwn(catalogue, name) ? catalogue[name] : undefined;
  if (found === undefined) {
    throw new ProtocolError(
      `There is no protocol called "${name}".`,
      `Use one of: ${Object.keys(catalogue).join(', ')}, or load a partnership's own protocol file with --protocol FILE.`,
    );
  }
  return found;
}

/**
 * The protocol with this id, or `undefined`: for validators that report a
 * located finding rather than throw.
 */
export function findProtocol(id: string | undefined, catalogue: ProtocolCatalogue = builtInProtocols): Protocol | undefined {
  const name = id ?? DEFAULT_PROTOCOL;
  return Object.hasOwn(catalogue, name) ? catalogue[name] : undefined;
}
