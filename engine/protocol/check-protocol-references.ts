/**
 * The checks zod cannot express: stages numbered 1, 2, 3…, every event a rule
 * names is declared, every `assumeAt` points at a real stage deadline with no
 * cycles, every `{placeholder}` exists on every route. Each problem comes back
 * as a sentence with its JSON path and a hint.
 */
import type { Protocol, RouteText } from './protocol.schema.js';
import { closestName } from '../scenario/closest-name.js';
import { canRuleDropOut, eventsOfRule } from './rule-events.js';
import { placeholdersOf } from './route-text.js';
import { capsOfStage, findStageDeadline } from './evaluate-deadline.js';
import { stageByNumber } from './stage-by-number.js';

/** One cross-reference problem. */
export interface ReferenceProblem {
  /** Where, as path parts (e.g. `['stages', 2, 'due']`). */
  path: (string | number)[];
  /** What is wrong. */
  sentence: string;
  /** How to fix it. */
  hint: string;
}

/** The event every protocol counts from; `computeDeadlines` takes its time as `raised`. */
export const RAISED_EVENT = 'raised';

/**
 * Checks a schema-valid protocol's cross-references and returns every problem
 * found, in file order (an empty list means it is sound).
 *
 * @example
 * checkProtocolReferences(protocol); // []
 */
export function checkProtocolReferences(protocol: Protocol): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const eventNames = Object.keys(protocol.events);
  const routeIds = Object.keys(protocol.routes);

  checkRaised(protocol, problems);

  protocol.stages.forEach((stage, index) => {
    const at = (...rest: (string | number)[]) => ['stages', index, ...rest];
    if (stage.stage !== index + 1) {
      problems.push({
        path: at('stage'),
        sentence: `is ${stage.stage}, but stages must be numbered 1, 2, 3… in order, so this one should be ${index + 1}`,
        hint: 'Number the stages consecutively from 1 in the order they happen.',
      });
    }
    const ids = stage.deadlines.map((deadline) => deadline.id);
    stage.deadlines.forEach((deadline, d) => {
      if (ids.indexOf(deadline.id) !== d) {
        problems.push({
          path: at('deadlines', d, 'id'),
          sentence: `repeats the deadline id "${deadline.id}" within stage ${stage.stage}`,
          hint: 'Give each deadline of a stage its own id.',
        });
      }
      for (const reference of eventsOfRule(deadline.rule)) {
        if (!eventNames.includes(reference.event)) {
          problems.push({
            path: at('deadlines', d, 'rule', ...reference.path),
            sentence: `names the event "${reference.event}", which the protocol does not declare`,
            hint: unknownEventHint(reference.event, eventNames),
          });
        }
      }
      if (canRuleDropOut(deadline.rule, protocol.events)) {
        problems.push({
          path: at('deadlines', d, 'rule'),
          sentence: 'depends only on optional events, so it would have no time when they are not given',
          hint: 'Add a term that counts from a required event, e.g. { "earliest": [{ "workingDaysAfter": 5, "from": "raised" }, { "at": "safetyBy" }] }.',
        });
      }
    });
    for (const key of ['due', 'target', 'meetingBy'] as const) {
      const id = stage[key];
      if (id !== undefined && !ids.includes(id)) {
        problems.push({
          path: at(key),
          sentence: `names the deadline "${id}", which stage ${stage.stage} does not have`,
          hint: `Use one of this stage's deadline ids: ${ids.join(', ')}.`,
        });
      }
    }
    (stage.requiresUnresolved ?? []).forEach((earlier, r) => {
      if (earlier >= stage.stage) {
        problems.push({
          path: at('requiresUnresolved', r),
          sentence: `is stage ${earlier}, but a stage can only wait on earlier stages`,
          hint: `List stage numbers below ${stage.stage}.`,
        });
      }
    });
    checkRouteText(stage.action, at('action'), protocol, routeIds, problems);
    checkRouteText(stage.owner, at('owner'), protocol, routeIds, problems);
    checkRouteText(stage.title, at('title'), protocol, routeIds, problems);
    checkRouteText(stage.timescale, at('timescale'), protocol, routeIds, problems);
    stage.deadlines.forEach((deadline, d) =>
      checkRouteText(deadline.label, at('deadlines', d, 'label'), protocol, routeIds, problems),
    );
  });

  checkEvents(protocol, problems);
  checkCaps(protocol, problems);
  checkNotes(protocol, problems);
  checkAssumeAtCycles(protocol, problems);

  if (protocol.capacity && !routeIds.includes(protocol.capacity.audience)) {
    problems.push({
      path: ['capacity', 'audience'],
      sentence: `is "${protocol.capacity.audience}", which is not a route`,
      hint: `Use one of the route ids: ${routeIds.join(', ')}.`,
    });
  }
  if (protocol.followingResolution) {
    checkRouteText(protocol.followingResolution.summary, ['followingResolution', 'summary'], protocol, routeIds, problems);
  }
  return problems;
}

function unknownEventHint(name: string, eventNames: readonly string[]): string {
  const closest = closestName(name, eventNames);
  return `${closest ? `Did you mean "${closest}"? ` : ''}Declare it under "events", or use one of: ${eventNames.join(', ')}.`;
}

function checkRaised(protocol: Protocol, problems: ReferenceProblem[]): void {
  const raised = protocol.events[RAISED_EVENT];
  if (!raised) {
    problems.push({
      path: ['events'],
      sentence: `does not declare the "${RAISED_EVENT}" event that every timescale ultimately counts from`,
      hint: `Add "${RAISED_EVENT}": { "label": "Disagreement raised" } under "events".`,
    });
    return;
  }
  if (raised.optional || raised.assumeAt || raised.mayPrecedeRaised || raised.ifNotGiven) {
    problems.push({
      path: ['events', RAISED_EVENT],
      sentence: 'is always given, so it cannot be optional or have assumeAt, mayPrecedeRaised or ifNotGiven',
      hint: `Remove "optional", "assumeAt", "mayPrecedeRaised" and "ifNotGiven" from the "${RAISED_EVENT}" event.`,
    });
  }
}

function checkEvents(protocol: Protocol, problems: ReferenceProblem[]): void {
  for (const [name, event] of Object.entries(protocol.events)) {
    if (name === RAISED_EVENT) continue;
    const path = ['events', name];
    if (event.optional && event.assumeAt) {
      problems.push({
        path,
        sentence: 'is optional but also has assumeAt; an optional event is never assumed',
        hint: 'Keep "optional": true for an event that may never happen, or "assumeAt" for one that always does, not both.',
      });
      continue;
    }
    if (!event.optional && !event.assumeAt) {
      problems.push({
        path,
        sentence: 'has neither assumeAt nor "optional": true, so its time could not be filled in when it is not given',
        hint: 'Add "assumeAt": { "stage": n, "deadline": "id" } (its latest permitted moment), or mark it "optional": true.',
      });
      continue;
    }
    if (event.ifNotGiven !== undefined && !event.optional) {
      problems.push({
        path: [...path, 'ifNotGiven'],
        sentence: 'says what happens when the event is not given, but the event is not optional, so it is always given or assumed',
        hint: 'Remove "ifNotGiven", or mark the event "optional": true.',
      });
    }
    if (!event.assumeAt) continue;
    const { stage: stageNumber, deadline: deadlineId } = event.assumeAt;
    const stage = stageByNumber(protocol, stageNumber);
    if (!stage) {
      problems.push({
        path: [...path, 'assumeAt', 'stage'],
        sentence: `is stage ${stageNumber}, which does not exist`,
        hint: `Use a stage number from 1 to ${protocol.stages.length}.`,
      });
    } else if (!stage.deadlines.some((deadline) => deadline.id === deadlineId)) {
      problems.push({
        path: [...path, 'assumeAt', 'deadline'],
        sentence: `is "${deadlineId}", which stage ${stageNumber} does not have`,
        hint: `Use one of stage ${stageNumber}'s deadline ids: ${stage.deadlines.map((deadline) => deadline.id).join(', ')}.`,
      });
    }
  }
}

function checkStageNumbers(
  protocol: Protocol,
  stages: readonly number[] | undefined,
  path: (string | number)[],
  problems: ReferenceProblem[],
): void {
  (stages ?? []).forEach((number, index) => {
    if (!protocol.stages.some((stage) => stage.stage === number)) {
      problems.push({
        path: [...path, index],
        sentence: `is stage ${number}, which does not exist`,
        hint: `Use stage numbers from 1 to ${protocol.stages.length}.`,
      });
    }
  });
}

function checkCaps(protocol: Protocol, problems: ReferenceProblem[]): void {
  const eventNames = Object.keys(protocol.events);
  const ids = (protocol.caps ?? []).map((cap) => cap.id);
  (protocol.caps ?? []).forEach((cap, index) => {
    const path = ['caps', index];
    if (ids.indexOf(cap.id) !== index) {
      problems.push({ path: [...path, 'id'], sentence: `repeats the cap id "${cap.id}"`, hint: 'Give each cap its own id.' });
    }
    for (const reference of eventsOfRule(cap.rule)) {
      if (!eventNames.includes(reference.event)) {
        problems.push({
          path: [...path, 'rule', ...reference.path],
          sentence: `names the event "${reference.event}", which the protocol does not declare`,
          hint: unknownEventHint(reference.event, eventNames),
        });
      }
    }
    checkStageNumbers(protocol, cap.stages, [...path, 'stages'], problems);
  });
}

function checkNotes(protocol: Protocol, problems: ReferenceProblem[]): void {
  const ids = protocol.notes.map((note) => note.id);
  protocol.notes.forEach((note, index) => {
    if (ids.indexOf(note.id) !== index) {
      problems.push({ path: ['notes', index, 'id'], sentence: `repeats the note id "${note.id}"`, hint: 'Give each note its own id.' });
    }
    checkStageNumbers(protocol, note.stages, ['notes', index, 'stages'], problems);
  });
}

/**
 * An event assumed at a deadline depends on the events that deadline's rule
 * uses; a loop (A assumed from B, B assumed from A) has no answer.
 */
function checkAssumeAtCycles(protocol: Protocol, problems: ReferenceProblem[]): void {
  const dependsOn = (name: string): string[] => {
    const assumeAt = protocol.events[name]?.assumeAt;
    if (!assumeAt) return [];
    const deadline = findStageDeadline(protocol, assumeAt.stage, assumeAt.deadline);
    if (!deadline) return [];
    // The caps on the stage count too: the assumed time is the capped deadline.
    const caps = capsOfStage(protocol, assumeAt.stage);
    return [deadline.rule, ...caps.map((cap) => cap.rule)].flatMap((rule) => eventsOfRule(rule).map((reference) => reference.event));
  };
  const done = new Set<string>();
  const reported = new Set<string>();
  const visit = (name: string, chain: string[]): void => {
    const loopStart = chain.indexOf(name);
    if (loopStart >= 0) {
      const loop = [...chain.slice(loopStart), name];
      const key = [...loop].sort().join(',');
      if (!reported.has(key)) {
        reported.add(key);
        problems.push({
          path: ['events', name, 'assumeAt'],
          sentence: `makes a loop: ${loop.join(' is assumed from ')}, so none of them can be worked out`,
          hint: 'Point assumeAt at a deadline that counts from an earlier event.',
        });
      }
      return;
    }
    if (done.has(name)) return;
    for (const next of dependsOn(name)) visit(next, [...chain, name]);
    done.add(name);
  };
  for (const name of Object.keys(protocol.events)) visit(name, []);
}

function checkRouteText(
  text: RouteText,
  path: (string | number)[],
  protocol: Protocol,
  routeIds: string[],
  problems: ReferenceProblem[],
): void {
  // Missing text is the schema's complaint; say nothing more about it here.
  if (text === undefined || text === null) return;
  if (typeof text !== 'string') {
    const keys = Object.keys(text);
    const missing = routeIds.filter((id) => !keys.includes(id));
    const extra = keys.filter((id) => !routeIds.includes(id));
    if (missing.length > 0 || extra.length > 0) {
      problems.push({
        path,
        sentence: [
          missing.length > 0 ? `has no text for the route${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` : '',
          extra.length > 0 ? `has text for ${extra.join(', ')}, which ${extra.length > 1 ? 'are not routes' : 'is not a route'}` : '',
        ]
          .filter(Boolean)
          .join(' and '),
        hint: `Give one text per route: ${routeIds.join(', ')}.`,
      });
    }
  }
  const texts = typeof text === 'string' ? [text] : Object.values(text);
  for (const name of new Set(texts.flatMap(placeholdersOf))) {
    const lacking = routeIds.filter((id) => {
      const value = name === 'source' ? undefined : protocol.routes[id]?.[name];
      return typeof value !== 'string';
    });
    if (lacking.length > 0) {
      problems.push({
        path,
        sentence: `uses the placeholder {${name}}, which the route${lacking.length > 1 ? 's' : ''} ${lacking.join(', ')} ${lacking.length > 1 ? 'do' : 'does'} not define`,
        hint: `Add "${name}" to every route under "routes", or write the text out.`,
      });
    }
  }
}
