import { describe, expect, it } from 'vitest';
import { isPublishable } from '../../site/src/lib/is-publishable.js';

describe('isPublishable', () => {
  it('leaves drafts out of production builds only', () => {
    expect(isPublishable({ id: 'a', data: { status: 'draft' } }, true)).toBe(false);
    expect(isPublishable({ id: 'a', data: { status: 'draft' } }, false)).toBe(true);
  });

  it('keeps published scenarios, and those that do not say, in every build', () => {
    expect(isPublishable({ id: 'a', data: { status: 'published' } }, true)).toBe(true);
    expect(isPublishable({ id: 'a', data: {} }, true)).toBe(true);
  });
});
