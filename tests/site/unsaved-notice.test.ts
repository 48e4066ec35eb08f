import { describe, expect, it } from 'vitest';
import { unsavedMessage, writingKept } from '../../site/src/lib/unsaved-notice.js';

describe('unsavedMessage', () => {
  it('says nothing while everything saves', () => {
    expect(unsavedMessage({ session: null, log: null })).toBeNull();
  });

  it('speaks of the progress first when it is not being saved, whatever the log does', () => {
    expect(unsavedMessage({ session: 'full', log: 'full' })).toMatch(/^This browser's storage is full, so your progress and what you write here are not being saved\. They will be lost if you close or reload this page: download a copy/);
    expect(unsavedMessage({ session: 'unavailable', log: null })).toMatch(/^This browser is not letting Common Ground save/);
    expect(unsavedMessage({ session: 'held', log: 'full' })).toMatch(/^Your progress is not being saved, so that the saved progress that could not be resumed is not written over\./);
  });

  it('says that writing is kept with the progress only when the progress is being saved', () => {
    for (const problem of ['full', 'unavailable', 'held'] as const) {
      expect(unsavedMessage({ session: null, log: problem })).toMatch(/kept with your progress in this scenario/);
      expect(unsavedMessage({ session: problem, log: problem })).not.toMatch(/kept with your progress/);
    }
  });
});

describe('writingKept', () => {
  it('never says all is kept while either part is not being saved', () => {
    expect(writingKept({ session: null, log: null })).toBe('all');
    expect(writingKept({ session: null, log: 'full' })).toBe('progress-only');
    expect(writingKept({ session: 'full', log: null })).toBe('none');
    expect(writingKept({ session: 'held', log: 'full' })).toBe('none');
  });
});
