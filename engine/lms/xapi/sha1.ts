/**
 * SHA-1 of a text's UTF-8 bytes, synchronously: what a name-based (version
 * 5) UUID is made with (RFC 4122 §4.3). The browser's own digest
 * (`crypto.subtle`) is asynchronous and missing from pages that are not
 * secure, such as a package opened from a folder, and statement ids are
 * made in the pure engine, so this small copy of FIPS 180-4 is the one home
 * of it. For ids, never for security: SHA-1 is broken for that.
 */

const utf8 = new TextEncoder();

/**
 * The 20-byte SHA-1 digest of `text` (encoded as UTF-8).
 * @example
 * [...sha1('abc')].map((b) => b.toString(16).padStart(2, '0')).join(''); // 'a9993e364706816aba3e25717850c26c9cd0d89d'
 */
export function sha1(text: string | Uint8Array): Uint8Array {
  const message = typeof text === 'string' ? utf8.encode(text) : text;
  // The message, a 1 bit, zeros to 56 bytes mod 64, then its length in bits as 64 bits big-endian.
  const padded = new Uint8Array((((message.length + 8) >> 6) + 1) << 6);
  padded.set(message);
  padded[message.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(message.length / 0x20000000));
  view.setUint32(padded.length - 4, (message.length << 3) >>> 0);

  let h0 = 0x67452301;
  let h1 = 0xefcdab89;
  let h2 = 0x98badcfe;
  let h3 = 0x10325476;
  let h4 = 0xc3d2e1f0;
  const w = new Uint32Array(80);
  for (let block = 0; block < padded.length; block += 64) {
    for (let t = 0; t < 16; t += 1) w[t] = view.getUint32(block + t * 4);
    for (let t = 16; t < 80; t += 1) {
      const x = w[t - 3]! ^ w[t - 8]! ^ w[t - 14]! ^ w[t - 16]!;
      w[t] = (x << 1) | (x >>> 31);
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    for (let t = 0; t < 80; t += 1) {
      const [f, k] = t < 20 ? [(b & c) | (~b & d), 0x5a827999] : t < 40 ? [b ^ c ^ d, 0x6ed9eba1] : t < 60 ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc] : [b ^ c ^ d, 0xca62c1d6];
      const temp = (((a << 5) | (a >>> 27)) + f + e + k + w[t]!) >>> 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = temp;
    }
    h0 = (h0 + a) >>> 0;
    h1 = (h1 + b) >>> 0;
    h2 = (h2 + c) >>> 0;
    h3 = (h3 + d) >>> 0;
    h4 = (h4 + e) >>> 0;
  }
  const digest = new Uint8Array(20);
  const out = new DataView(digest.buffer);
  [h0, h1, h2, h3, h4].forEach((word, index) => out.setUint32(index * 4, word));
  return digest;
}
