import { describe, expect, it } from 'vitest';
import { islandData, islandDataJson } from '../../site/src/lib/island-data.js';

/** A document holding one data block, as a page writes it. */
function documentWith(id: string, text: string): Pick<Document, 'getElementById'> {
  return { getElementById: (wanted: string) => (wanted === id ? ({ textContent: text } as HTMLElement) : null) };
}

describe('island data', () => {
  it('writes JSON that no "</script>" or "<!--" in the value can end, and the browser reads the value back', () => {
    const value = { title: 'A </script><script>alert(1)</script> and <!-- a comment', lines: ['<b>', 'café ’quoted’'] };
    const text = islandDataJson('t1', value);
    expect(text).not.toContain('<');
    expect(islandData('t1', documentWith('t1', text))).toEqual(value);
  });

  it('gives the server render the very value the page registered, once', () => {
    const value = { id: 'closing-too-soon' };
    islandDataJson('t2', value);
    expect(islandData('t2', undefined)).toBe(value);
    expect(() => islandData('t2', undefined)).toThrow(/No island data "t2"/);
  });

  it('says which block is missing in the browser', () => {
    expect(() => islandData('t3', documentWith('other', '{}'))).toThrow(/no <script type="application\/json" id="t3">/);
  });
});
