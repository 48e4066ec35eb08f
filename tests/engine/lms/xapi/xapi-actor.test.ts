import { describe, expect, it } from 'vitest';
import { anonymousActor, readLaunchActor } from '../../../../engine/lms/xapi/xapi-actor.js';
import { XAPI_BASE_IRI } from '../../../../engine/lms/xapi/xapi-iris.js';

describe('anonymousActor', () => {
  it('is an account on the package’s origin, named by the browser’s random name, with no person’s name', () => {
    expect(anonymousActor('https://moodle.example.org', 'b1f0c4e2-0000-4000-8000-000000000000')).toEqual({ objectType: 'Agent', account: { homePage: 'https://moodle.example.org', name: 'b1f0c4e2-0000-4000-8000-000000000000' } });
  });

  it('uses Common Ground’s base IRI as the home page of a page with no web origin (a folder on disk)', () => {
    expect(anonymousActor('null', 'x').account?.homePage).toBe(XAPI_BASE_IRI);
    expect(anonymousActor('file://', 'x').account?.homePage).toBe(XAPI_BASE_IRI);
  });
});

describe('readLaunchActor', () => {
  it('keeps the platform’s account agent, and its name when the platform gave one', () => {
    expect(readLaunchActor('{"objectType":"Agent","name":"Learner 42","account":{"homePage":"https://lms.example.org","name":"42"}}')).toEqual({
      ok: true,
      actor: { objectType: 'Agent', name: 'Learner 42', account: { homePage: 'https://lms.example.org', name: '42' } },
    });
  });

  it('keeps only what an agent may have', () => {
    const read = readLaunchActor('{"mbox":"mailto:learner@example.org","role":"student"}');
    expect(read).toEqual({ ok: true, actor: { objectType: 'Agent', mbox: 'mailto:learner@example.org' } });
  });

  it.each([
    ['not JSON', '{actor', /not JSON/],
    ['a list', '[]', /not an object/],
    ['a group', '{"objectType":"Group","member":[]}', /not an Agent/],
    ['no identifier', '{"name":"Sam"}', /0 identifiers/],
    ['two identifiers', '{"mbox":"mailto:a@example.org","openid":"https://id.example.org/a"}', /2 identifiers/],
    ['an account without a home page', '{"account":{"name":"42"}}', /homePage/],
    ['an mbox without mailto:', '{"mbox":"a@example.org"}', /mailto/],
  ])('refuses an actor that is %s', (_name, json, problem) => {
    const read = readLaunchActor(json);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problem).toMatch(problem);
  });
});
