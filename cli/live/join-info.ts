/**
 * What the projector's join screen shows: the address phones open, the QR
 * code for it (drawn by the `qrcode` library in half-block characters, two
 * rows of modules to a line so it fits an 80×24 terminal), the room code,
 * and where the server listens.
 */
import QRCode from 'qrcode';

/** The join screen's facts. */
export interface JoinInfo {
  /** The page's address, e.g. `http://192.168.1.20:8420/`. */
  url: string;
  /** The room code. */
  code: string;
  /** The QR code's lines (for `url` with the code after `#`, so a scan needs no typing). */
  qr: string[];
  /** Where the server listens, in words. */
  listening: string;
}

/**
 * The join screen's facts for a server at `url`.
 * @example
 * await joinInfo('http://192.168.1.20:8420/', 'K7M4QP', 'private');
 */
export async function joinInfo(url: string, code: string, kind: string): Promise<JoinInfo> {
  // The code rides in the fragment, which the browser keeps to itself: the page fills it in.
  const text = await QRCode.toString(`${url}#${code}`, { type: 'utf8', margin: 2, errorCorrectionLevel: 'L' });
  const where = kind === 'loopback' ? 'this computer only' : kind === 'private' ? 'this private network only' : 'a network --allow-public-address allowed';
  return { url, code, qr: text.split('\n').filter((line) => line.length > 0), listening: `Listening on ${where}. Nothing leaves the laptop; the server stops with the workshop.` };
}
