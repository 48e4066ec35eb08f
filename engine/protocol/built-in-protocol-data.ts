/**
 * The protocols that ship with Common Ground, as ready-made data. This module
 * deliberately does not run the protocol schema: the scenario player imports
 * it in the browser, and checking a file we wrote ourselves there would make
 * every learner download the schema library. The unit tests prove instead
 * that loading the same JSON through `loadProtocol` gives exactly this data,
 * so the two cannot drift apart. User-supplied protocol files still go
 * through `loadProtocol` (see `resolveProtocol`).
 */
import exampleTemplateData from './data/example-template.protocol.json';
import northYorkshireData from './data/north-yorkshire.protocol.json';
import { deepFreeze } from './deep-freeze.js';
import { ProtocolError } from './protocol-error.js';
import type { Protocol } from './protocol.schema.js';

/**
 * The North Yorkshire (NYSCP/NYSAB) Professional Resolutions protocol, frozen.
 *
 * @example
 * northYorkshireProtocol.stages.length; // 7
 */
// JSON imports widen string literals (`"kind": "hours-after"` becomes string),
// so the file's type cannot be checked against Protocol here; the
// `loadProtocol` equality test is what holds the two together.
export const northYorkshireProtocol: Protocol = deepFreeze(northYorkshireData as unknown as Protocol);

/**
 * A clearly labelled example protocol for partnerships to copy: four stages,
 * children only, a "working week" rule and a "whichever is less" safety
 * time on stage 1 (the London Child Protection Procedures' wording); every
 * later timescale is an example.
 */
export const exampleTemplateProtocol: Protocol = deepFreeze(exampleTemplateData as unknown as Protocol);

/**
 * Built-in protocols by name.
 *
 * @example
 * builtInProtocols['north-yorkshire']?.stages.length; // 7
 */
export const builtInProtocols: Readonly<Record<string, Protocol>> = Object.freeze({
  [northYorkshireProtocol.id]: northYorkshireProtocol,
  [exampleTemplateProtocol.id]: exampleTemplateProtocol,
});

/**
 * The protocol used when none is named: the one place the default
 * partnership is written down.
 */
export const DEFAULT_PROTOCOL = northYorkshireProtocol.id;

/**
 * The built-in protocol with this name.
 *
 * @throws {ProtocolError} naming the built-in protocols when there is none by that name.
 * @example
 * builtInProtocol('north-yorkshire').name; // 'North Yorkshire Professional Resolutions'
 */
export function builtInProtocol(name: string): Protocol {
  const found = Object.hasOwn(builtInProtocols, name) ? builtInProtocols[name] : undefined;
  if (!found) {
    throw new ProtocolError(
      `There is no built-in protocol called "${name}".`,
      `Use one of: ${Object.keys(builtInProtocols).join(', ')}, or give the path of a protocol JSON file.`,
    );
  }
  return found;
}
