import { describe, expect, it } from 'vitest';
import type { RefusalCode } from '../../../../engine/workshop/live/live-protocol.js';
import { isResendRefusal, resendProblem } from '../../../../cli/live/participant/vote-resend.js';

describe('isResendRefusal', () => {
  it('says "send again later" only for a failed save and the rate limit', () => {
    const codes: RefusalCode[] = ['bad-message', 'wrong-room', 'no-such-table', 'seat-taken', 'bad-token', 'not-voting', 'stale-decision', 'no-such-choice', 'too-many-messages', 'not-saved', 'read-only'];
    expect(codes.filter(isResendRefusal)).toEqual(['too-many-messages', 'not-saved']);
  });
});

describe('resendProblem', () => {
  it('says the vote will go again by itself, in the page’s words', () => {
    expect(resendProblem('not-saved')).toEqual({ message: "The trainer's laptop could not save your vote yet.", hint: 'It will be sent again in a moment.' });
    expect(resendProblem('too-many-messages')).toEqual({ message: "The trainer's laptop could not take your vote yet.", hint: 'It will be sent again in a moment.' });
  });
});
