/**
 * The protocols the site knows, for build-time pages and browser islands
 * alike: the built-in ones, plus the partnership's own when the site was
 * built with COMMON_GROUND_PROTOCOL pointing at a file (checked at build
 * time, see site-protocol-setting.ts), and which of them the site is for.
 * The guidance stage table, the calculator's default, the library's filters
 * and the scenario player all follow `siteProtocol`.
 */
import { builtInProtocols, catalogueWith, DEFAULT_PROTOCOL, type Protocol, protocolById, type ProtocolCatalogue } from '../../../engine/runtime.js';

/** Set by astro.config.mjs through Vite's `define`: the JSON of the site protocol setting. */
declare const __COMMON_GROUND_SITE_PROTOCOL__: string | undefined;

interface Setting {
  id: string;
  protocol?: Protocol;
}

// Outside a site build (unit tests) the constant is not defined: the default protocol.
const setting: Setting =
  typeof __COMMON_GROUND_SITE_PROTOCOL__ === 'string' ? (JSON.parse(__COMMON_GROUND_SITE_PROTOCOL__) as Setting) : { id: DEFAULT_PROTOCOL };

/** Every protocol the site knows, by id. */
export const siteProtocols: ProtocolCatalogue = setting.protocol ? catalogueWith([setting.protocol]) : builtInProtocols;

/** The protocol the site is built for. */
export const siteProtocol: Protocol = protocolById(setting.id, siteProtocols);
