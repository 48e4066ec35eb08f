/**
 * Keystrokes for the studio benchmark: an author typing in several scenes
 * of a scenario in turn, a few characters at a spot in a paragraph, now and
 * then deleting one, as the seeded random source decides. Every keystroke
 * lands in a line of prose, so the text stays valid MDX throughout.
 */
import { randomInt, seededRandom } from './seeded-random.js';

/** One keystroke: a character typed at `at`, or (no `insert`) the character at `at` deleted. */
export interface Keystroke {
  at: number;
  insert?: string;
}

/** What the page measured, in milliseconds. */
export interface KeystrokeTimings {
  /** Each re-check after a keystroke (after the warm-up), with the incremental checker. */
  incremental: number[];
  /** The full `checkScenarioSource` of some of the same texts. */
  full: number[];
  /** Checks that reported an MDX syntax error (0 when every keystroke landed in prose). */
  syntaxErrors: number;
  userAgent: string;
}

/** The offsets of the middles of the prose lines inside each scene: lines that start with a letter. */
function proseSpots(text: string): number[][] {
  const scenes: number[][] = [];
  let current: number[] | undefined;
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('<Scene')) scenes.push((current = []));
    else if (line.startsWith('</Scene>')) current = undefined;
    else if (current && /^[A-Za-z][^<>{}`[\]]{40,}$/.test(line)) {
      // Just after a space in the middle of the line, so a word grows or a new one starts.
      const space = line.indexOf(' ', Math.floor(line.length / 2));
      if (space !== -1) current.push(offset + space + 1);
    }
    offset += line.length + 1;
  }
  return scenes.filter((spots) => spots.length > 0);
}

/** The text after one keystroke (the page applies them the same way). */
export function applyKeystroke(text: string, key: Keystroke): string {
  return key.insert !== undefined ? text.slice(0, key.at) + key.insert + text.slice(key.at) : text.slice(0, key.at) + text.slice(key.at + 1);
}

/**
 * `count` keystrokes on `text`: bursts of 3 to 12 at one spot, each burst in
 * another scene, one in six a deletion of the character just typed.
 *
 * @example
 * planKeystrokes(text, 200, 7).length; // 200
 */
export function planKeystrokes(text: string, count: number, seed: number): Keystroke[] {
  const random = seededRandom(seed);
  const keys: Keystroke[] = [];
  let current = text;
  let scene = 0;
  while (keys.length < count) {
    // The spots are found again in the text as typed so far, so each lands in a line of prose.
    const scenes = proseSpots(current);
    if (scenes.length === 0) throw new Error('The text has no prose lines inside a <Scene> to type in.');
    const spots = scenes[scene % scenes.length]!;
    let at = spots[randomInt(random, 0, spots.length - 1)]!;
    const burst = randomInt(random, 3, 12);
    for (let i = 0; i < burst && keys.length < count; i += 1) {
      const key: Keystroke = i > 0 && randomInt(random, 1, 6) === 1 ? { at: at - 1 } : { at, insert: 'etaoin'[randomInt(random, 0, 5)]! };
      at = key.insert === undefined ? at - 1 : at + 1;
      keys.push(key);
      current = applyKeystroke(current, key);
    }
    scene += randomInt(random, 1, 3);
  }
  return keys;
}
