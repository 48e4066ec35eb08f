import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditCase, builtInProtocols, CaseFileError, parseLondonDateTime } from '../../../engine/index.js';
import { addElapsedHours, toIsoWithOffset } from '../../../engine/calendar/london-time.js';
import { caseEventKindsOf } from '../../../engine/case/case-event-kinds.js';
import { readCaseFile } from '../../../engine/case/parse-case-file.js';
import { auditOf, caseYaml, checkOf } from './helpers/case-yaml.js';
import { fromDayNumber, toDayNumber } from '../../../engine/calendar/iso-date.js';

const codes = (audit: ReturnType<typeof auditOf>) => audit.findings.map((finding) => finding.code);

describe('auditCase', () => {
  it('finds every deadline met in the bundled on-time case, resolved at stage 4 within 10 working days', () => {
    const file = 'scenarios/cases/on-time.case.yaml';
    const audit = auditCase(readCaseFile(readFileSync(file, 'utf8'), file), { file });
    expect(audit.deadlinesMet).toBe(true);
    expect(audit.met).toEqual(['1.limit', '2.discussion', '3.resolution', '4.resolution']);
    expect(audit.resolution?.stage).toBe(4);
    expect(audit.findings).toEqual([]);
    expect(checkOf(audit, '5.referral').status).toBe('not-reached');
  });

  it('finds the bundled missed-deadlines case late at stages 1, 2, 5, 6 and 7, over Easter 2027', () => {
    const file = 'scenarios/cases/missed-deadlines.case.yaml';
    const audit = auditCase(readCaseFile(readFileSync(file, 'utf8'), file), { file });
    expect(audit.deadlinesMet).toBe(false);
    expect(audit.missed).toEqual(['1.limit', '2.discussion', '5.referral', '6.convened', '7.meeting', '7.recommendations']);
    expect(audit.holidays.map((day) => day.name)).toEqual(['Good Friday', 'Easter Monday']);
    expect(audit.cap).toMatchObject({ workingDays: 13, kept: false, due: '2027-04-05T23:59:59.000+01:00' });
  });

  it('counts stage 1 in elapsed hours: concluded at 100 hours is 4 hours past the 96-hour limit', () => {
    const audit = auditOf({ raised: '2027-03-15T10:00', events: [['2027-03-19T14:00', 'stage1-concluded']] });
    expect(checkOf(audit, '1.limit')).toMatchObject({ status: 'missed', due: '2027-03-19T10:00:00.000+00:00', late: { unit: 'hours', minutes: 240, text: '4 hours' } });
    // The 24-hour aim passed too, but "24 to 96 hrs" is a window: the aim is never a missed deadline.
    expect(checkOf(audit, '1.target')).toMatchObject({ kind: 'aim', status: 'after-aim' });
    expect(audit.missed).not.toContain('1.target');
    expect(audit.findings.find((finding) => finding.code === 'after-aim')).toMatchObject({ severity: 'note' });
  });

  it('counts stages 3 and 4 from a disputed decision recorded before the disagreement was raised', () => {
    // Decision Mon 14 Dec 2026, raised Fri 18 Dec: 10 working days from the decision end Wed 30 Dec
    // (Christmas Day and the Boxing Day substitute skipped), not Wed 6 Jan.
    const audit = auditOf({
      raised: '2026-12-18T16:30',
      events: [
        ['2026-12-14T11:00', 'disputed-decision'],
        ['2026-12-18T17:00', 'stage1-discussion'],
        ['2026-12-21T10:00', 'stage1-concluded'],
        ['2026-12-21T15:00', 'line-manager-discussion'],
        ['2026-12-22T11:00', 'dsl-discussion'],
        ['2026-12-31T10:00', 'senior-escalation'],
        ['2026-12-31T16:00', 'resolved', 'stage: 4'],
      ],
    });
    expect(checkOf(audit, '3.resolution').due).toBe('2026-12-30T23:59:59.000+00:00');
    expect(checkOf(audit, '4.resolution')).toMatchObject({ due: '2026-12-30T23:59:59.000+00:00', status: 'missed' });
    expect(audit.findings.some((finding) => finding.code === 'before-raised')).toBe(false);
  });

  it('keeps the 96 hours exact across the October clock change', () => {
    // Raised Thu 22 Oct 2026 10:00 BST; the clocks go back on Sun 25 Oct, so 96 h later is Mon 26 Oct 09:00 GMT.
    const met = auditOf({ raised: '2026-10-22T10:00', events: [['2026-10-26T09:00', 'stage1-concluded']] });
    expect(checkOf(met, '1.limit')).toMatchObject({ status: 'met', due: '2026-10-26T09:00:00.000+00:00' });
    const late = auditOf({ raised: '2026-10-22T10:00', events: [['2026-10-26T10:00', 'stage1-concluded']] });
    expect(checkOf(late, '1.limit').late?.text).toBe('1 hour');
  });

  it('counts stage 4 lateness in working days across Christmas 2026', () => {
    // Raised Fri 18 Dec 2026: 10 working days skip 25, 28 Dec and 1 Jan, so the window ends Wed 6 Jan 2027.
    const audit = auditOf({
      raised: '2026-12-18T10:00',
      events: [
        ['2026-12-18T15:00', 'stage1-discussion'],
        ['2026-12-21T09:00', 'line-manager-discussion'],
        ['2026-12-23T11:00', 'dsl-discussion'],
        ['2027-01-05T14:00', 'senior-escalation'],
        ['2027-01-08T12:00', 'resolved', 'stage: 4'],
      ],
    });
    expect(checkOf(audit, '4.resolution')).toMatchObject({ due: '2027-01-06T23:59:59.000+00:00', status: 'missed', late: { unit: 'working-days', workingDays: 2, text: '2 working days' } });
    expect(checkOf(audit, '3.resolution').status).toBe('met');
    // Boxing Day falls on Saturday 26th and is listed as the holiday it is; Monday 28th is its substitute.
    expect(audit.holidays.map((day) => day.date)).toEqual(['2026-12-25', '2026-12-26', '2026-12-28', '2027-01-01']);
  });

  it('computes the stage 5 referral from the real stage 4 discussion, skipping Good Friday and Easter Monday 2027', () => {
    const base = [
      ['2027-03-15T14:00', 'stage1-concluded'],
      ['2027-03-15T16:00', 'line-manager-discussion'],
      ['2027-03-22T10:00', 'dsl-discussion'],
      ['2027-03-25T15:00', 'senior-escalation'],
    ] as const;
    const onTime = auditOf({ audience: 'adult', raised: '2027-03-15T10:00', events: [...base, ['2027-03-30T16:00', 'partnership-referral']] });
    expect(checkOf(onTime, '5.referral')).toMatchObject({ due: '2027-03-30T23:59:59.000+01:00', status: 'met', dueAssumed: false });
    const late = auditOf({ audience: 'adult', raised: '2027-03-15T10:00', events: [...base, ['2027-03-31T09:00', 'partnership-referral']] });
    expect(checkOf(late, '5.referral').late).toMatchObject({ workingDays: 1, text: '1 working day' });
  });

  it('takes the panel deadline from the real referral when that is sooner than the 13-working-day cap', () => {
    const audit = auditOf({
      raised: '2026-11-02T09:00',
      events: [
        ['2026-11-02T12:00', 'stage1-concluded'],
        ['2026-11-02T15:00', 'line-manager-discussion'],
        ['2026-11-03T10:00', 'dsl-discussion'],
        ['2026-11-04T10:00', 'senior-escalation'],
        ['2026-11-05T10:00', 'partnership-referral'],
        ['2026-11-11T10:00', 'panel-convened'],
      ],
    });
    // 3 working days after Thu 5 Nov is Tue 10 Nov, well before the cap (Thu 19 Nov).
    expect(checkOf(audit, '6.convened')).toMatchObject({ due: '2026-11-10T23:59:59.000+00:00', status: 'missed', late: { workingDays: 1 } });
    expect(audit.cap?.kept).toBe(true);
  });

  it('reports the 13-working-day cap kept on its last day and broken a working day later', () => {
    const events = (meeting: string) => [
      ['2027-03-15T14:00', 'stage1-concluded'],
      ['2027-03-16T10:00', 'line-manager-discussion'],
      ['2027-03-22T10:00', 'dsl-discussion'],
      ['2027-03-30T15:00', 'senior-escalation'],
      ['2027-03-31T10:00', 'partnership-referral'],
      ['2027-04-01T10:00', 'panel-convened'],
      [meeting, 'panel-meeting'],
    ] as const;
    const kept = auditOf({ audience: 'adult', raised: '2027-03-15T10:00', events: events('2027-04-05T16:00') });
    expect(kept.cap).toMatchObject({ workingDays: 13, kept: true });
    expect(codes(kept)).not.toContain('cap-exceeded');
    const broken = auditOf({ audience: 'adult', raised: '2027-03-15T10:00', events: events('2027-04-06T09:00') });
    expect(broken.cap?.kept).toBe(false);
    expect(codes(broken)).toContain('cap-exceeded');
    expect(checkOf(broken, '7.meeting').late?.workingDays).toBe(1);
  });

  it('reports a skipped stage as a missing step and does not call the case on time', () => {
    const audit = auditOf({
      raised: '2026-11-02T09:00',
      events: [
        ['2026-11-02T12:00', 'stage1-concluded'],
        ['2026-11-02T15:00', 'line-manager-discussion'],
        ['2026-11-04T10:00', 'senior-escalation'],
        ['2026-11-05T10:00', 'resolved', 'stage: 4'],
      ],
    });
    expect(checkOf(audit, '3.resolution').status).toBe('skipped');
    expect(audit.findings.find((finding) => finding.code === 'missing-step')?.message).toContain('stage 3');
    expect(audit.deadlinesMet).toBe(false);
  });

  it('reports a missing stage 1 discussion when the case starts at the line manager', () => {
    const audit = auditOf({ raised: '2026-11-02T09:00', events: [['2026-11-02T15:00', 'line-manager-discussion'], ['2026-11-03T15:00', 'resolved', 'stage: 2']] });
    expect(codes(audit)).toContain('missing-step');
    expect(checkOf(audit, '1.limit').status).toBe('not-recorded');
  });

  it('reports stages out of order and events before raised, without throwing', () => {
    const audit = auditOf({
      raised: '2026-11-02T09:00',
      events: [
        ['2026-11-01T09:00', 'note', 'summary: Earlier worries'],
        ['2026-11-02T12:00', 'stage1-concluded'],
        ['2026-11-04T10:00', 'line-manager-discussion'],
        ['2026-11-03T10:00', 'dsl-discussion'],
      ],
    });
    expect(codes(audit)).toEqual(expect.arrayContaining(['before-raised', 'out-of-order']));
    expect(audit.findings.find((finding) => finding.code === 'before-raised')?.event).toBe(1);
  });

  it('assumes a deadline rather than failing when a referral comes before the discussion it follows', () => {
    const audit = auditOf({
      raised: '2026-11-02T09:00',
      events: [
        ['2026-11-02T12:00', 'stage1-concluded'],
        ['2026-11-02T15:00', 'line-manager-discussion'],
        ['2026-11-03T10:00', 'dsl-discussion'],
        ['2026-11-06T10:00', 'senior-escalation'],
        ['2026-11-05T10:00', 'partnership-referral'],
      ],
    });
    expect(codes(audit)).toContain('out-of-order');
    // The referral cannot be used as a starting point, so the panel's deadline is assumed from the outer envelope.
    expect(checkOf(audit, '6.convened').dueAssumed).toBe(true);
    expect(checkOf(audit, '5.referral').dueAssumed).toBe(false);
  });

  it('flags steps after the resolution and a resolution stage the timeline does not match', () => {
    const audit = auditOf({
      raised: '2026-11-02T09:00',
      events: [
        ['2026-11-02T12:00', 'stage1-concluded'],
        ['2026-11-02T13:00', 'resolved', 'stage: 2'],
        ['2026-11-03T10:00', 'line-manager-discussion'],
      ],
    });
    expect(codes(audit)).toEqual(expect.arrayContaining(['after-resolution', 'resolution-stage']));
  });

  it('checks the learning step against the subgroup the protocol names for the route', () => {
    const resolvedAtOne = [['2026-11-02T12:00', 'stage1-concluded'], ['2026-11-02T12:30', 'resolved', 'stage: 1']] as const;
    const missing = auditOf({ raised: '2026-11-02T09:00', events: resolvedAtOne });
    expect(missing.learning).toMatchObject({ subgroup: 'NYSCP Practice and Learning Subgroup', reported: false });
    expect(codes(missing)).toContain('learning-missing');
    const wrong = auditOf({ raised: '2026-11-02T09:00', events: [...resolvedAtOne, ['2026-12-01T10:00', 'learning-reported', 'subgroup: Learning and Review Subgroup']] });
    expect(codes(wrong)).toContain('learning-wrong-subgroup');
    const right = auditOf({ raised: '2026-11-02T09:00', events: [...resolvedAtOne, ['2026-12-01T10:00', 'learning-reported', 'subgroup: Practice and Learning Subgroup']] });
    expect(codes(right)).not.toContain('learning-wrong-subgroup');
    expect(right.learning?.reported).toBe(true);
  });

  it('notes immediate risk and names the deadline still open, since timescales are no reason to wait', () => {
    const audit = auditOf({
      raised: '2026-11-02T09:00',
      events: [
        ['2026-11-02T12:00', 'stage1-concluded'],
        ['2026-11-02T15:00', 'line-manager-discussion'],
        ['2026-11-03T08:00', 'immediate-risk', 'by: school, summary: A new injury is seen'],
        ['2026-11-03T10:00', 'dsl-discussion'],
        ['2026-11-03T16:00', 'resolved', 'stage: 3'],
      ],
    });
    expect(audit.immediateRisk).toEqual([{ at: '2026-11-03T08:00:00.000+00:00', by: 'Primary school (referring agency)', summary: 'A new injury is seen' }]);
    const note = audit.findings.find((finding) => finding.code === 'immediate-risk');
    expect(note?.message).toContain('3.resolution');
    expect(note?.message).toContain('never a reason to wait');
    expect(audit.immediateRiskRule).toContain('immediate risk');
  });

  it('accepts every event kind in one timeline', () => {
    const audit = auditOf({
      audience: 'adult',
      raised: '2026-11-02T09:00',
      events: [
        ['2026-10-30T16:00', 'disputed-decision'],
        ['2026-11-02T10:00', 'stage1-discussion'],
        ['2026-11-02T12:00', 'stage1-concluded'],
        ['2026-11-02T15:00', 'line-manager-discussion'],
        ['2026-11-03T10:00', 'dsl-discussion'],
        ['2026-11-04T10:00', 'senior-escalation'],
        ['2026-11-05T10:00', 'partnership-referral'],
        ['2026-11-06T10:00', 'panel-convened'],
        ['2026-11-06T11:00', 'immediate-risk'],
        ['2026-11-09T10:00', 'panel-meeting'],
        ['2026-11-10T10:00', 'recommendations'],
        ['2026-11-10T12:00', 'resolved', 'stage: 7'],
        ['2026-11-10T13:00', 'note', 'summary: Panel notes filed'],
        ['2026-12-01T10:00', 'learning-reported', 'subgroup: Learning and Review Subgroup'],
      ],
    });
    const kinds = new Set(['disputed-decision', 'stage1-discussion', 'stage1-concluded', 'line-manager-discussion', 'dsl-discussion', 'senior-escalation', 'partnership-referral', 'panel-convened', 'immediate-risk', 'panel-meeting', 'recommendations', 'resolved', 'note', 'learning-reported']);
    expect([...kinds].sort()).toEqual([...caseEventKindsOf(builtInProtocols['north-yorkshire']!).keys()].filter((kind) => !/^stage-\d+/.test(kind)).sort());
    expect(audit.deadlinesMet).toBe(true);
    expect(audit.highestStage).toBe(7);
    expect(audit.stages.every((stage) => stage.reached)).toBe(true);
    expect(codes(audit)).toEqual(['immediate-risk']);
  });

  it('measures the safety deadline when it is sooner than 10 working days', () => {
    const audit = auditOf({
      raised: '2026-11-02T09:00',
      extra: 'safetyBy: 2026-11-04T12:00',
      events: [['2026-11-02T12:00', 'stage1-concluded'], ['2026-11-02T15:00', 'line-manager-discussion'], ['2026-11-04T15:00', 'dsl-discussion'], ['2026-11-04T16:00', 'resolved', 'stage: 3']],
    });
    expect(checkOf(audit, '3.resolution')).toMatchObject({ due: '2026-11-04T12:00:00.000+00:00', status: 'missed', late: { text: '4 hours', workingDays: 0 } });
  });

  it('throws a CaseFileError for an audience the given protocol does not have', () => {
    const caseFile = readCaseFile('audience: adult\nraised: 2026-11-02T09:00\nagencies: [{ id: a, role: GP practice }]\nevents: [{ at: 2026-11-02T10:00, kind: stage1-discussion }]\n', 'x.case.yaml');
    const childOnly = protocolWithoutAdults();
    expect(() => auditCase(caseFile, { protocol: childOnly, file: 'x.case.yaml' })).toThrow(CaseFileError);
  });

  it('audits a protocol whose stage numbers have gaps exactly as the same stages numbered 1 to 7', () => {
    const file = 'scenarios/cases/missed-deadlines.case.yaml';
    const text = readFileSync(file, 'utf8');
    const renumber = (stage: number) => GAPPED_NUMBERS[stage]!;
    const gapped = protocolWithStageGaps();
    const audit = auditCase(readCaseFile(text, file), { file });
    const gappedText = text.replace('stage: 7', `stage: ${renumber(7)}`);
    const gappedAudit = auditCase(readCaseFile(gappedText, file, { protocols: { [gapped.id]: gapped } }), { file, protocol: gapped });
    const renumbered = (id: string) => id.replace(/^(\d+)\./, (_, stage: string) => `${renumber(Number(stage))}.`);
    expect(gappedAudit.stages.map((stage) => stage.stage)).toEqual([1, 2, 3, 5, 6, 7, 9]);
    expect(gappedAudit.highestStage).toBe(9);
    expect(gappedAudit.missed).toEqual(audit.missed.map(renumbered));
    expect(gappedAudit.checks.map(({ id, status, due, happened }) => ({ id, status, due, happened }))).toEqual(
      audit.checks.map(({ id, status, due, happened }) => ({ id: renumbered(id), status, due, happened })),
    );
    // The panel is convened at the stage before the meeting stage in the protocol's order (7 here), not at "stage 9 − 1".
    expect(gappedAudit.cap).toEqual(audit.cap);
    expect(gappedAudit.holidays).toEqual(audit.holidays);
    expect(gappedAudit.findings.map((finding) => finding.message)).toEqual(audit.findings.map((finding) => finding.message.replace(/\b(\d+)\.(?=[a-z])/g, (_, stage: string) => `${renumber(Number(stage))}.`)));
  });

  it('reports a skipped stage and a missing first discussion under gapped stage numbers', () => {
    const gapped = protocolWithStageGaps();
    const text = caseYaml({ raised: '2026-11-02T09:00', events: [['2026-11-03T10:00', 'dsl-discussion'], ['2026-11-04T10:00', 'stage-6'], ['2026-11-05T10:00', 'resolved', 'stage: 6']] });
    const audit = auditCase(readCaseFile(text, 'gapped.case.yaml', { protocols: { [gapped.id]: gapped } }), { protocol: gapped });
    expect(audit.findings.filter((finding) => finding.code === 'missing-step').map((finding) => finding.message)).toEqual([
      'There is no stage 1 discussion on the timeline, but the case reached stage 6: the practitioners should first try to settle it between themselves.',
      expect.stringMatching(/^stage 2 \(.*\) has no recorded event, but the case reached stage 6/),
      expect.stringMatching(/^stage 5 \(.*\) has no recorded event, but the case reached stage 6/),
    ]);
    expect(audit.stages.map((stage) => [stage.stage, stage.reached])).toEqual([[1, true], [2, false], [3, true], [5, false], [6, true], [7, false], [9, false]]);
    expect(audit.resolution).toEqual({ stage: 6, at: '2026-11-05T10:00:00.000+00:00' });
    expect(codes(audit)).not.toContain('resolution-stage');
  });

  it('counts the panel convened at the stage before the meeting stage against the cap, whatever its number', () => {
    const gapped = protocolWithStageGaps();
    const options = {
      audience: 'adult' as const,
      raised: '2027-03-15T10:00',
      events: [['2027-03-15T14:00', 'stage1-discussion'], ['2027-03-19T09:00', 'stage1-concluded'], ['2027-03-22T10:00', 'line-manager-discussion'], ['2027-03-24T11:00', 'dsl-discussion'], ['2027-03-25T15:00', 'senior-escalation'], ['2027-03-29T10:00', 'partnership-referral'], ['2027-04-07T10:00', 'panel-convened']] as const,
    };
    const audit = auditOf(options);
    const gappedAudit = auditCase(readCaseFile(caseYaml(options), 'gapped.case.yaml', { protocols: { [gapped.id]: gapped } }), { protocol: gapped });
    expect(audit.cap).toEqual({ workingDays: 13, due: '2027-04-05T23:59:59.000+01:00', kept: false, latest: '2027-04-07T10:00:00.000+01:00' });
    expect(gappedAudit.cap).toEqual(audit.cap);
    expect(codes(gappedAudit)).toContain('cap-exceeded');
  });

  it('judges stage 1 met exactly when it concludes within 96 hours, and late by the exact excess (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 * 60 }), fc.integer({ min: 0, max: 700 }), (minutes, dayOffset) => {
        const raised = parseLondonDateTime(`${fromDayNumber(toDayNumber('2026-01-05') + dayOffset)}T09:00`);
        const concluded = addElapsedHours(raised, minutes / 60);
        const audit = auditOf({ raised: toIsoWithOffset(raised), events: [[toIsoWithOffset(concluded), 'stage1-concluded']] });
        const limit = checkOf(audit, '1.limit');
        if (minutes <= 96 * 60) return limit.status === 'met';
        return limit.status === 'missed' && limit.late?.minutes === minutes - 96 * 60 && limit.late.unit === 'hours';
      }),
      { numRuns: 150 },
    );
  });
});

/** North Yorkshire's stage numbers with gaps: 1, 2, 3, 5, 6, 7, 9 for stages 1 to 7. */
const GAPPED_NUMBERS: Readonly<Record<number, number>> = { 1: 1, 2: 2, 3: 3, 4: 5, 5: 6, 6: 7, 7: 9 };

/** The built-in protocol (same id) renumbered with {@link GAPPED_NUMBERS}, everywhere it names a stage. */
function protocolWithStageGaps() {
  const protocol = structuredClone(builtInProtocols['north-yorkshire']!);
  const renumber = (stage: number) => GAPPED_NUMBERS[stage]!;
  for (const stage of protocol.stages) {
    stage.stage = renumber(stage.stage);
    if (stage.requiresUnresolved) stage.requiresUnresolved = stage.requiresUnresolved.map(renumber);
  }
  for (const event of Object.values(protocol.events)) if (event.assumeAt) event.assumeAt.stage = renumber(event.assumeAt.stage);
  for (const cap of protocol.caps ?? []) if (cap.stages) cap.stages = cap.stages.map(renumber);
  for (const note of protocol.notes ?? []) if (note.stages) note.stages = note.stages.map(renumber);
  return protocol;
}

/** The built-in protocol with its adults' route removed. */
function protocolWithoutAdults() {
  const protocol = structuredClone(builtInProtocols['north-yorkshire']!);
  delete (protocol.routes as Record<string, unknown>).adult;
  return protocol;
}

describe('auditCase on a timeline out of order', () => {
  it('fails the audit when stage 4 comes before the disagreement was raised, even with every deadline met', () => {
    const audit = auditOf({
      raised: '2026-12-18T10:00',
      events: [
        ['2026-12-18T14:00', 'stage1-discussion'],
        ['2026-12-18T15:00', 'stage1-concluded'],
        ['2026-12-18T16:00', 'line-manager-discussion'],
        ['2026-12-21T10:00', 'dsl-discussion'],
        ['2026-12-10T10:00', 'senior-escalation'],
        ['2026-12-22T16:00', 'resolved', 'stage: 4'],
        ['2027-01-06T10:00', 'learning-reported', 'subgroup: Practice and Learning Subgroup'],
      ],
    });
    expect(audit.findings.filter((finding) => finding.severity === 'problem').map((finding) => finding.code)).toEqual(['before-raised', 'out-of-order']);
    expect(audit.timelineInOrder).toBe(false);
    expect(audit.deadlinesMet).toBe(true);
  });

  it('keeps a disputed decision before raised in order, as the protocol allows', () => {
    const audit = auditOf({ raised: '2026-12-18T10:00', events: [['2026-12-10T10:00', 'disputed-decision'], ['2026-12-18T14:00', 'stage1-concluded'], ['2026-12-18T16:00', 'resolved', 'stage: 1']] });
    expect(audit.timelineInOrder).toBe(true);
  });
});
