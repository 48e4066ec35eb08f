import { describe, expect, it } from 'vitest';
import { CalendarError } from '../../../engine/calendar/calendar-error.js';
import { CaseFileError } from '../../../engine/case/case-error.js';
import { EngineError } from '../../../engine/kernel/engine-error.js';
import { PersonalDataError } from '../../../engine/privacy/personal-data-error.js';
import { ProcessError } from '../../../engine/process/process-error.js';
import { ProtocolError } from '../../../engine/protocol/protocol-error.js';
import { ReflectiveLogError } from '../../../engine/reflective-log/reflective-log-error.js';
import { RunnerError } from '../../../engine/runner/runner-error.js';
import { ScenarioError } from '../../../engine/scenario/scenario-error.js';
import { SearchError } from '../../../engine/search/search-error.js';
import { StorageError } from '../../../engine/storage/storage-error.js';
import { WorkshopError } from '../../../engine/workshop/workshop-error.js';

// One of each of the engine's eleven error classes, made as the engine makes them.
const errors = [
  new CalendarError('bad date', 'Write YYYY-MM-DD.', { file: 'closures.yaml', line: 3, column: 9 }),
  new CaseFileError('bad case', { file: 'a.case.yaml', line: 2, column: 1, hint: 'Fix the case.' }),
  new PersonalDataError('a phone number', 'Use a drama number.'),
  new ProcessError('bad event', 'Send events in time order.'),
  new ProtocolError('bad protocol', 'Fix the protocol.', 'ours.protocol.json', 'stages[0]'),
  new ReflectiveLogError('bad log', 'Start a fresh log.'),
  new RunnerError('session-shape', 'bad session', 'Start again.'),
  new ScenarioError('bad scenario', { file: 'x.mdx', hint: 'Run the validator.' }),
  new SearchError('bad index', { hint: 'Rebuild the site.', cause: new Error('inner') }),
  new StorageError('bad store', 'It was set aside.'),
  new WorkshopError('tie', 'a tie', 'Break the tie.', ['a', 'b']),
];

describe('EngineError', () => {
  it('is the base of every engine error, each with a message, a hint and its own name', () => {
    for (const error of errors) {
      expect(error).toBeInstanceOf(EngineError);
      expect(error).toBeInstanceOf(Error);
      expect(error.message).not.toBe('');
      expect(error.hint).not.toBe('');
      expect(error.name).toBe(error.constructor.name);
    }
    expect(new Set(errors.map((error) => error.name)).size).toBe(errors.length);
  });

  it('carries where a problem in a file is', () => {
    expect(errors[0]!.location).toEqual({ file: 'closures.yaml', line: 3, column: 9 });
    expect(errors[1]!.location).toEqual({ file: 'a.case.yaml', line: 2, column: 1 });
    expect(errors[4]!.location).toEqual({ file: 'ours.protocol.json' });
    expect(errors[7]!.location).toEqual({ file: 'x.mdx', line: 1, column: 1 });
    expect(errors[3]!.location).toBeUndefined();
  });

  it('keeps the cause', () => {
    expect((errors[8]!.cause as Error).message).toBe('inner');
  });
});
