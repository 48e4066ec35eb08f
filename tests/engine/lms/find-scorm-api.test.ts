import { describe, expect, it } from 'vitest';
import { findScormApi, MAX_PARENT_STEPS, type ApiWindow } from '../../../engine/lms/find-scorm-api.js';
import { fakeScormApi } from './fake-scorm-api.js';

/** A chain of fake windows, top first; each one's parent is the one before, the top's itself. */
function frames(count: number, top: Partial<ApiWindow> = {}): ApiWindow[] {
  const chain: ApiWindow[] = [];
  for (let index = 0; index < count; index += 1) {
    const win = { ...(index === 0 ? top : {}) } as { parent: ApiWindow } & Partial<ApiWindow>;
    win.parent = index === 0 ? win : chain[index - 1]!;
    chain.push(win);
  }
  return chain;
}

const { api } = fakeScormApi();

describe('findScormApi', () => {
  it('finds the API on the window itself, or on a parent frame', () => {
    const [top, middle, content] = frames(3, { API: api });
    expect(findScormApi(top!)).toBe(api);
    expect(findScormApi(middle!)).toBe(api);
    expect(findScormApi(content!)).toBe(api);
  });

  it('looks at most 7 parents up, as the specification does', () => {
    expect(findScormApi(frames(MAX_PARENT_STEPS + 1, { API: api }).at(-1)!)).toBe(api);
    expect(findScormApi(frames(MAX_PARENT_STEPS + 2, { API: api }).at(-1)!)).toBeNull();
  });

  it('then looks in the window that opened this one, and its parents', () => {
    const launcher = frames(2, { API: api })[1]!;
    const popup = { opener: launcher } as { parent: ApiWindow; opener: ApiWindow };
    popup.parent = popup;
    expect(findScormApi(popup)).toBe(api);
  });

  it('is null without a platform', () => {
    const [alone] = frames(1);
    expect(findScormApi(alone!)).toBeNull();
    expect(findScormApi({ parent: alone!, opener: null })).toBeNull();
  });

  it('passes over a frame it may not read, and an API that is not SCORM 1.2’s', () => {
    const [, foreign, content] = frames(3, { API: api });
    Object.defineProperty(foreign, 'API', {
      get: () => {
        throw new DOMException('Blocked a frame with origin "https://lms.example" from accessing a cross-origin frame.', 'SecurityError');
      },
    });
    expect(findScormApi(content!)).toBe(api);
    const [, inner] = frames(2, { API: api });
    inner!.API = { Initialize: () => 'true' }; // SCORM 2004's names, or anything else called API
    expect(findScormApi(inner!)).toBe(api);
  });

  it('takes a real window', () => {
    // Compile-time only: Window has every property the search reads.
    const search = (win: Window) => findScormApi(win);
    expect(typeof search).toBe('function');
  });
});
