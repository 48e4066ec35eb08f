import { describe, expect, it } from 'vitest';
import { statementProblems } from './xapi-statement-rules.js';

/** A statement using every part Common Ground uses, valid by the spec. */
function valid(): Record<string, any> {
  return {
    id: '2d8a4c2e-5b0a-5f3c-9d6e-0123456789ab',
    actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'learner-42' } },
    verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-GB': 'answered' } },
    object: {
      objectType: 'Activity',
      id: 'https://common-ground.example.org/xapi/activities/scenarios/s/scenes/a',
      definition: {
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        name: { 'en-GB': 'A scene' },
        interactionType: 'choice',
        choices: [{ id: 'one', description: { 'en-GB': 'One' } }, { id: 'two' }],
      },
    },
    result: { response: 'one', success: true, completion: true, score: { scaled: 0.5, raw: 50, min: 0, max: 100 }, duration: 'PT1H2M3.45S', extensions: { 'https://example.org/x': null } },
    context: {
      registration: 'c0ffee00-0000-4000-8000-000000000000',
      contextActivities: { parent: [{ objectType: 'Activity', id: 'https://example.org/scenario' }] },
      revision: 'abc',
      platform: 'Common Ground',
      language: 'en-GB',
      extensions: { 'https://common-ground.example.org/xapi/extensions/stage': 1 },
    },
    timestamp: '2026-10-05T15:30:00.000Z',
  };
}

/** Breaks a copy of the valid statement. */
function broken(edit: (statement: Record<string, any>) => void): Record<string, any> {
  const statement = valid();
  edit(statement);
  return statement;
}

describe('statementProblems', () => {
  it('accepts the specification’s simplest statement and one using every part Common Ground uses', () => {
    expect(statementProblems({ id: '12345678-1234-5678-9234-567812345678', actor: { mbox: 'mailto:xapi@adlnet.gov' }, verb: { id: 'http://adlnet.gov/expapi/verbs/created', display: { 'en-US': 'created' } }, object: { id: 'http://example.adlnet.gov/xapi/example/activity' } })).toEqual([]);
    expect(statementProblems(valid())).toEqual([]);
  });

  it('accepts a version of 1.0.x, a UTC offset and a statement without an id (the store makes one)', () => {
    expect(statementProblems(broken((s) => (s.version = '1.0.0')))).toEqual([]);
    expect(statementProblems(broken((s) => (s.timestamp = '2026-10-05T16:30:00+01:00')))).toEqual([]);
    expect(statementProblems(broken((s) => delete s.id))).toEqual([]);
  });

  const breaks: [string, (statement: Record<string, any>) => void, RegExp][] = [
    ['an id that is not a UUID', (s) => (s.id = 'statement-1'), /^id:/],
    ['an id in braces', (s) => (s.id = `{${s.id}}`), /^id:/],
    ['an id of the wrong variant', (s) => (s.id = '2d8a4c2e-5b0a-5f3c-cd6e-0123456789ab'), /^id:/],
    ['no actor', (s) => delete s.actor, /^actor: is required/],
    ['an actor with two identifiers', (s) => (s.actor.mbox = 'mailto:a@example.org'), /exactly one inverse functional identifier, not 2/],
    ['an actor with none', (s) => delete s.actor.account, /exactly one inverse functional identifier, not 0/],
    ['an account without a home page', (s) => delete s.actor.account.homePage, /account.homePage: must be an IRL/],
    ['an account with an extra property', (s) => (s.actor.account.email = 'a@example.org'), /account.email: is not a property/],
    ['an mbox without mailto:', (s) => (s.actor = { mbox: 'a@example.org' }), /actor.mbox: must be a mailto: IRI/],
    ['an actor of the wrong type', (s) => (s.actor.objectType = 'agent'), /actor.objectType/],
    ['no verb', (s) => delete s.verb, /^verb: is required/],
    ['a verb id that is not an IRI', (s) => (s.verb.id = 'answered'), /verb.id: must be an IRI/],
    ['a display keyed by a locale name, not a language tag', (s) => (s.verb.display = { en_GB: 'answered' }), /verb.display.en_GB: is not an RFC 5646 language tag/],
    ['a display that is text, not a map', (s) => (s.verb.display = 'answered'), /verb.display: must be a language map/],
    ['no object', (s) => delete s.object, /^object: is required/],
    ['an object id that is relative', (s) => (s.object.id = '/scenes/a'), /object.id: must be an IRI/],
    ['an object type in the wrong case', (s) => (s.object.objectType = 'activity'), /object.objectType/],
    ['an unknown interaction type', (s) => (s.object.definition.interactionType = 'multiple-choice'), /interactionType: must be one of/],
    ['choices without an interaction type', (s) => delete s.object.definition.interactionType, /interactionType: is needed/],
    ['a component list its type does not have', (s) => (s.object.definition.scale = [{ id: 'x' }]), /definition.scale: is not a component list a choice interaction has/],
    ['two choices with one id', (s) => s.object.definition.choices.push({ id: 'one' }), /"one" is given twice/],
    ['a definition type that is not an IRI', (s) => (s.object.definition.type = 'interaction'), /definition.type: must be an IRI/],
    ['a scaled score above 1', (s) => (s.result.score.scaled = 1.5), /result.score.scaled: is 1.5, outside -1 to 1/],
    ['a scaled score below -1', (s) => (s.result.score.scaled = -2), /outside -1 to 1/],
    ['a raw score above the maximum', (s) => (s.result.score.raw = 101), /result.score.raw: must be between min and max/],
    ['a minimum not below the maximum', (s) => (s.result.score.min = 100), /result.score.min: must be less than max/],
    ['a score given as text', (s) => (s.result.score.scaled = '0.5'), /result.score.scaled: must be a number/],
    ['success given as text', (s) => (s.result.success = 'true'), /result.success: must be true or false/],
    ['a duration in words', (s) => (s.result.duration = '1 hour'), /result.duration: must be an ISO 8601 duration/],
    ['an empty duration', (s) => (s.result.duration = 'PT'), /result.duration/],
    ['a duration in the alternative format', (s) => (s.result.duration = 'PT01:02:03'), /result.duration/],
    ['a registration that is not a UUID', (s) => (s.context.registration = 'attempt-1'), /context.registration: must be a UUID/],
    ['an extension key that is not an IRI', (s) => (s.context.extensions = { scene: 'a' }), /context.extensions\["scene"\]: is an extension key that is not an IRI/],
    ['a result extension key that is not an IRI', (s) => (s.result.extensions = { verdict: 'good' }), /result.extensions\["verdict"\]/],
    ['a context activity of an unknown kind', (s) => (s.context.contextActivities = { parents: [] }), /contextActivities.parents: is not parent/],
    ['a parent without an IRI', (s) => (s.context.contextActivities.parent[0].id = 'scenario'), /contextActivities.parent\[0\].id: must be an IRI/],
    ['a language that is not a tag', (s) => (s.context.language = 'British English'), /context.language/],
    ['a revision about an agent', (s) => (s.object = { objectType: 'Agent', mbox: 'mailto:a@example.org' }), /context.revision: may be used only when the object is an Activity/],
    ['a timestamp without a time zone', (s) => (s.timestamp = '2026-10-05T15:30:00'), /^timestamp:/],
    ['a timestamp that is not a time', (s) => (s.timestamp = 'Monday'), /^timestamp:/],
    ['a version other than 1.0.x', (s) => (s.version = '2.0.0'), /^version: must be 1.0.x/],
    ['a property xAPI does not define', (s) => (s.scene = 'a'), /statement.scene: is not a property xAPI defines here/],
    ['a property xAPI does not define in the result', (s) => (s.result.verdict = 'good'), /result.verdict: is not a property/],
    ['a null outside extensions', (s) => (s.result.response = null), /statement.result.response: is null/],
  ];

  it.each(breaks)('rejects %s', (_name, edit, problem) => {
    const problems = statementProblems(broken(edit));
    expect(problems.some((line) => problem.test(line)), problems.join('\n')).toBe(true);
  });

  it('rejects what is not an object at all', () => {
    expect(statementProblems([valid()])).toEqual(['statement: must be a JSON object']);
    expect(statementProblems('statement')).toEqual(['statement: must be a JSON object']);
  });
});
