import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPreviewStale, playFrom, previewMoved, previewVersion, restartPreview, type PreviewRun, type Scenario } from '../../../engine/index.js';
import { checkDraft, TEMPLATE, templateWith } from './studio-fixtures.js';

/** Versions of a draft as the checks hand them over: a new object each time. */
const first = checkDraft(TEMPLATE).scenario;
const second = checkDraft(templateWith(['## The concern', '## The concern, again'])).scenario;
const third = checkDraft(templateWith(['## The concern', '## The concern, once more'])).scenario;

describe('playFrom', () => {
  it('starts at the scene chosen while the draft has it, else at its own start', () => {
    expect(playFrom(first, 'line-manager').start).toBe('line-manager');
    expect(playFrom(first, '')).toBe(first);
    expect(playFrom(first, 'no-such-scene')).toBe(first);
    // An ending is not a scene to play from.
    expect(playFrom(first, 'kept-open')).toBe(first);
    expect(first.start).toBe('the-concern');
  });
});

describe('previewVersion', () => {
  it('plays the first version it is given', () => {
    expect(previewVersion(undefined, first, '')).toEqual({ source: first, scenario: first, run: 1, moved: false });
  });

  it('takes each new version silently, as a new run, until the first move', () => {
    const once = previewVersion(undefined, first, '');
    const twice = previewVersion(once, second, 'line-manager');
    expect(twice).toMatchObject({ source: second, run: 2, moved: false });
    expect(twice.scenario.start).toBe('line-manager');
    expect(isPreviewStale(twice, second)).toBe(false);
    // The same version again is not a new run.
    expect(previewVersion(twice, second, '')).toBe(twice);
  });

  it('keeps the play-through after a move, and says the draft changed', () => {
    const moved = previewMoved(previewVersion(undefined, first, ''));
    expect(isPreviewStale(moved, first)).toBe(false);
    const kept = previewVersion(moved, second, '');
    expect(kept).toBe(moved);
    expect(isPreviewStale(kept, second)).toBe(true);
    expect(previewVersion(kept, third, '')).toBe(moved);
  });

  it('takes versions silently again once restarted', () => {
    const moved = previewMoved(previewVersion(undefined, first, ''));
    const restarted = restartPreview(previewVersion(moved, second, ''), second, '');
    expect(restarted).toMatchObject({ source: second, run: 2, moved: false });
    expect(isPreviewStale(restarted, second)).toBe(false);
    expect(previewVersion(restarted, third, '')).toMatchObject({ source: third, run: 3 });
  });
});

describe('restartPreview', () => {
  it('plays the latest version from the scene chosen, as a new run', () => {
    const playing = previewMoved(previewVersion(undefined, first, ''));
    const restarted = restartPreview(playing, second, 'line-manager');
    expect(restarted).toMatchObject({ source: second, run: 2, moved: false });
    expect(restarted.scenario.start).toBe('line-manager');
    expect(restartPreview(undefined, first, '').run).toBe(1);
  });
});

describe('the preview over any sequence of versions, moves and restarts', () => {
  it('is stale only after a move, never swaps a play-through that has a move, and numbers runs upward', () => {
    const versions: Scenario[] = [first, second, third];
    const step = fc.oneof(
      fc.record({ kind: fc.constant('version' as const), index: fc.integer({ min: 0, max: 2 }) }),
      fc.record({ kind: fc.constant('move' as const) }),
      fc.record({ kind: fc.constant('restart' as const) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let latest = first;
        let run: PreviewRun = previewVersion(undefined, latest, '');
        for (const taken of steps) {
          const before = run;
          if (taken.kind === 'version') {
            latest = versions[taken.index]!;
            run = previewVersion(run, latest, '');
            if (before.moved) expect(run).toBe(before);
            else expect(run.source).toBe(latest);
          } else if (taken.kind === 'move') run = previewMoved(run);
          else run = restartPreview(run, latest, '');
          expect(run.run).toBeGreaterThanOrEqual(before.run);
          expect(isPreviewStale(run, latest)).toBe(run.moved && run.source !== latest);
          if (!run.moved) expect(run.source).toBe(latest);
        }
      }),
    );
  });
});
