import { describe, expect, it } from 'vitest';
import { fileSizeRefusal, INPUT_CAPS, startFromFile } from '../../../engine/index.js';

describe('fileSizeRefusal', () => {
  it('opens a file up to the limit', () => {
    expect(fileSizeRefusal('closing-too-soon.mdx', INPUT_CAPS.scenarioFileBytes, INPUT_CAPS.scenarioFileBytes)).toBeUndefined();
    expect(fileSizeRefusal('empty.mdx', 0, 10)).toBeUndefined();
  });

  it('refuses a larger one unread, in the words of every reader\'s size limit, as validate prints a finding', () => {
    const refusal = fileSizeRefusal('photo.mdx', 7_000_000, 5 * 1024 * 1024);
    expect(refusal).toBe(
      'photo.mdx:1:1: error: photo.mdx is larger than 5,242,880 bytes (5 MB), the most Common Ground reads, so none of it was read.\n' +
        '  hint: Check that this is the file you meant (not a device, a folder or a binary file); split a very long file into several.',
    );
  });

  it('says the same limit, hint and all, as a scenario text found too large once read', () => {
    const cap = 1024;
    const [read] = (startFromFile('big.mdx', 'x'.repeat(cap + 1), cap) as { ok: false; errors: string[] }).errors;
    const unread = fileSizeRefusal('big.mdx', cap + 1, cap)!;
    const hint = (text: string) => text.split('\n')[1];
    expect(hint(unread)).toBe(hint(read!));
    expect(unread).toContain('larger than 1,024 bytes (1 KB), the most Common Ground reads');
    expect(read).toContain('larger than 1,024 bytes (1 KB), the most Common Ground reads; nothing after this point was read.');
  });
});
