/**
 * A fresh ballot id: 128 random bits as 32 hex digits, well inside the
 * protocol's BALLOT_ID_PATTERN. Random, not a counter, so two phones (or one
 * phone after a reload) never make the same id and the server's once-only
 * count stays right.
 * @example
 * newBallotId(); // '3f9c0a7e5b…' (32 characters)
 */
export function newBallotId(random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  return [...random(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
