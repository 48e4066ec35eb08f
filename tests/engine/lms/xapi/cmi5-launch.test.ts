import { describe, expect, it } from 'vitest';
import { readCmi5Launch } from '../../../../engine/lms/xapi/cmi5-launch.js';

const actor = { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'learner-42' } };
const parameters = {
  endpoint: 'https://lms.example.org/lrs',
  fetch: 'https://lms.example.org/cmi5/fetch?session=abc',
  actor: JSON.stringify(actor),
  registration: 'C0FFEE00-0000-4000-8000-000000000000',
  activityId: 'https://lms.example.org/courses/7/au/1',
};
const query = (values: Record<string, string>) => `?${new URLSearchParams(values).toString()}`;

describe('readCmi5Launch', () => {
  it('is none for a page opened any other way', () => {
    expect(readCmi5Launch('')).toEqual({ kind: 'none' });
    expect(readCmi5Launch('?lang=en')).toEqual({ kind: 'none' });
  });

  it('reads the five parameters, with the endpoint ending in / and the registration in lower case', () => {
    expect(readCmi5Launch(query(parameters))).toEqual({
      kind: 'launch',
      launch: { endpoint: 'https://lms.example.org/lrs/', fetch: parameters.fetch, actor, registration: 'c0ffee00-0000-4000-8000-000000000000', activityId: parameters.activityId },
    });
  });

  it('says which parameters a partial launch lacks', () => {
    const { fetch: _fetch, actor: _actor, ...rest } = parameters;
    expect(readCmi5Launch(query(rest))).toEqual({ kind: 'broken', problem: 'the launch address lacks fetch, actor' });
  });

  it.each([
    ['an endpoint that is not a web address', { endpoint: 'lrs' }, /endpoint/],
    ['a fetch that is not a web address', { fetch: 'javascript:alert(1)' }, /fetch/],
    ['an actor with no identifier', { actor: '{"name":"Sam"}' }, /identifiers/],
    ['a registration that is not a UUID', { registration: 'attempt-1' }, /registration/],
    ['an activityId that is not an IRI', { activityId: 'au 1' }, /activityId/],
  ])('refuses a launch with %s', (_name, change, problem) => {
    const read = readCmi5Launch(query({ ...parameters, ...change }));
    expect(read.kind).toBe('broken');
    expect(read.kind === 'broken' && read.problem).toMatch(problem);
  });
});
