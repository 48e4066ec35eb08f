/**
 * Where the workshop server listens. By default on the laptop's address on
 * a private network (the room's Wi-Fi or the laptop's own hotspot), never a
 * public one unless the trainer says so, so a workshop is not put on the
 * internet by a laptop plugged straight into it. Pure: the command passes
 * the network interfaces (`os.networkInterfaces()`).
 */

/** One address of a network interface, as Node describes it. */
export interface InterfaceAddress {
  address: string;
  family: string | number;
  internal: boolean;
}

/** The kind of an IPv4 address. */
export type AddressKind = 'loopback' | 'private' | 'link-local' | 'public' | 'any' | 'not-ipv4';

/**
 * What kind of address an IPv4 address is (RFC 1918 private ranges, loopback, link-local).
 * @example
 * addressKind('192.168.1.20'); // 'private'
 */
export function addressKind(address: string): AddressKind {
  const parts = address.split('.');
  if (parts.length !== 4 || parts.some((part) => !/^\d{1,3}$/.test(part) || Number(part) > 255)) return 'not-ipv4';
  const [a, b] = parts.map(Number) as [number, number, number, number];
  if (address === '0.0.0.0') return 'any';
  if (a === 127) return 'loopback';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
  if (a === 169 && b === 254) return 'link-local';
  return 'public';
}

/** Where to listen, or why not. */
export type ListenChoice = { ok: true; host: string; kind: AddressKind } | { ok: false; message: string; hint: string };

/**
 * The address to listen on: the one asked for (`--host`), checked; else the
 * laptop's first private IPv4 address.
 * @example
 * chooseListenAddress(os.networkInterfaces(), undefined, false); // { ok: true, host: '192.168.1.20', kind: 'private' }
 */
export function chooseListenAddress(interfaces: Record<string, readonly InterfaceAddress[] | undefined>, requested: string | undefined, allowPublic: boolean): ListenChoice {
  if (requested !== undefined) {
    const kind = addressKind(requested);
    if (kind === 'not-ipv4') return { ok: false, message: `"${requested}" is not an IPv4 address.`, hint: 'Give --host an address such as 192.168.1.20, or leave it out to use this laptop’s address on the Wi-Fi.' };
    if ((kind === 'public' || kind === 'any') && !allowPublic) {
      return {
        ok: false,
        message: kind === 'any' ? 'Listening on every network (0.0.0.0) could put the workshop on a public network.' : `${requested} is a public address: the workshop would be open to the internet.`,
        hint: 'Use this laptop’s address on the room’s Wi-Fi or hotspot (leave --host out), or add --allow-public-address if you really mean it.',
      };
    }
    return { ok: true, host: requested, kind };
  }
  const candidates = Object.values(interfaces)
    .flatMap((entries) => entries ?? [])
    .filter((entry) => !entry.internal && (entry.family === 'IPv4' || entry.family === 4));
  const found = candidates.find((entry) => addressKind(entry.address) === 'private');
  if (found) return { ok: true, host: found.address, kind: 'private' };
  return {
    ok: false,
    message: 'This laptop has no address on a private network, so phones cannot reach it.',
    hint: 'Join the room’s Wi-Fi or turn on the laptop’s mobile hotspot and connect the phones to it, then start again; or give --host.',
  };
}
