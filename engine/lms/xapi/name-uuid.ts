/**
 * Name-based UUIDs (version 5, RFC 4122 §4.3): the same namespace and name
 * always give the same UUID, in every browser and in Node. Statement ids
 * are made so (`statement-id.ts`): a statement rebuilt or retried keeps its
 * id, and a record store that has it already does not store it twice.
 */
import { sha1 } from './sha1.js';

/** RFC 4122's namespace for names that are URLs. */
export const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** A UUID in the standard string form: 8-4-4-4-12 lower-case hex digits. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function uuidBytes(uuid: string): Uint8Array {
  if (!UUID_PATTERN.test(uuid)) throw new Error(`"${uuid}" is not a UUID in standard form.`);
  const hex = uuid.replace(/-/g, '');
  return Uint8Array.from({ length: 16 }, (_, index) => parseInt(hex.slice(index * 2, index * 2 + 2), 16));
}

/**
 * 16 bytes as a UUID string.
 * @example
 * formatUuid(new Uint8Array(16)); // '00000000-0000-0000-0000-000000000000'
 */
export function formatUuid(bytes: Uint8Array): string {
  const hex = [...bytes.subarray(0, 16)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The version 5 UUID of `name` in `namespace`.
 * @throws {Error} when the namespace is not a UUID.
 * @example
 * nameUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org'); // '886313e1-3b8a-5372-9b90-0c9aee199e5d'
 */
export function nameUuid(namespace: string, name: string): string {
  const nameBytes = new TextEncoder().encode(name);
  const input = new Uint8Array(16 + nameBytes.length);
  input.set(uuidBytes(namespace));
  input.set(nameBytes, 16);
  const hash = sha1(input);
  hash[6] = (hash[6]! & 0x0f) | 0x50; // version 5
  hash[8] = (hash[8]! & 0x3f) | 0x80; // the RFC 4122 variant
  return formatUuid(hash);
}
