/**
 * The CPD entry form as plain values, and its check: which fields are
 * wrong and why, in sentences to show beside each field and in the error
 * summary (the GOV.UK pattern), and the entry the values make.
 */
import { isRealDate } from '../calendar/iso-date.js';
import { CPD_FIELDS, type CpdEvidence, type CpdRecord, type CpdTexts } from './cpd-record.js';

/** What the form holds, as typed. */
export interface CpdFormValues extends CpdTexts {
  activity: string;
  /** The scenario the activity is, or '' for another activity. */
  scenarioId: string;
  /** The date as three boxes. */
  day: string;
  month: string;
  year: string;
  /** Time spent as two boxes. */
  hours: string;
  minutes: string;
  evidence: CpdEvidence[];
}

/** The form's fields that can be wrong; `date` and `time` are groups of boxes. */
export type CpdFormField = 'activity' | 'date' | 'time' | keyof CpdTexts;

/** A field that is wrong, and why. */
export interface CpdFormError {
  field: CpdFormField;
  /** For a group of boxes, the box to move to from the error summary. */
  part?: 'day' | 'month' | 'year' | 'hours' | 'minutes';
  message: string;
}

/** The longest activity name, in characters. */
export const MAX_ACTIVITY_LENGTH = 200;
/** The longest text under one heading, in characters. */
export const MAX_CPD_TEXT_LENGTH = 20_000;

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A form with nothing in it, or with the activity and date given (e.g. a
 * scenario played today).
 *
 * @example
 * emptyCpdForm({ activity: 'Closing too soon', scenarioId: 'closing-too-soon', date: '2026-12-18' }).day; // '18'
 */
export function emptyCpdForm(start: { activity?: string; scenarioId?: string; date?: string } = {}): CpdFormValues {
  const [year = '', month = '', day = ''] = (start.date ?? '').split('-');
  const texts = Object.fromEntries(CPD_FIELDS.map((field) => [field.key, ''])) as unknown as CpdTexts;
  return {
    activity: start.activity ?? '',
    scenarioId: start.scenarioId ?? '',
    day: day.replace(/^0/, ''),
    month: month.replace(/^0/, ''),
    year,
    hours: '',
    minutes: '',
    ...texts,
    evidence: [],
  };
}

/**
 * The form filled in from a saved entry, for editing it.
 *
 * @example
 * cpdFormFromRecord(record).activity === record.activity; // true
 */
export function cpdFormFromRecord(record: CpdRecord): CpdFormValues {
  const form = emptyCpdForm({ activity: record.activity, date: record.date, ...(record.scenarioId ? { scenarioId: record.scenarioId } : {}) });
  const texts = Object.fromEntries(CPD_FIELDS.map((field) => [field.key, record[field.key]])) as unknown as CpdTexts;
  const minutes = record.minutes;
  return {
    ...form,
    ...texts,
    hours: minutes === undefined ? '' : String(Math.floor(minutes / 60)),
    minutes: minutes === undefined ? '' : String(minutes % 60),
    evidence: record.evidence.map((file) => ({ ...file })),
  };
}

/** A whole number typed in a box, or null when it is not one. */
function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : null;
}

/** What is wrong with the date, or null. */
function dateError(values: CpdFormValues, today: string): CpdFormError | null {
  const parts = { day: values.day.trim(), month: values.month.trim(), year: values.year.trim() };
  const missing = (Object.keys(parts) as Array<keyof typeof parts>).filter((part) => parts[part] === '');
  if (missing.length === 3) return { field: 'date', part: 'day', message: 'Enter the date of the activity' };
  if (missing.length > 0) return { field: 'date', part: missing[0]!, message: `The date of the activity must include a ${missing.join(' and a ')}` };
  const day = wholeNumber(parts.day);
  const month = wholeNumber(parts.month);
  const year = wholeNumber(parts.year);
  if (day === null) return { field: 'date', part: 'day', message: 'The day must be a number, for example 18' };
  if (month === null || month < 1 || month > 12) return { field: 'date', part: 'month', message: 'The month must be a number from 1 to 12' };
  if (year === null || parts.year.length !== 4) return { field: 'date', part: 'year', message: 'The year must include 4 numbers, for example 2026' };
  if (!isRealDate(year, month, day)) return { field: 'date', part: 'day', message: `${day} ${MONTH_NAMES[month - 1]} ${year} is not a real date` };
  if (isoDate(year, month, day) > today) return { field: 'date', part: 'day', message: 'The date of the activity must be today or in the past' };
  return null;
}

/** What is wrong with the time spent, or null (both boxes empty is fine: not recorded). */
function timeError(values: CpdFormValues): CpdFormError | null {
  const hoursText = values.hours.trim();
  const minutesText = values.minutes.trim();
  if (hoursText === '' && minutesText === '') return null;
  const hours = hoursText === '' ? 0 : wholeNumber(hoursText);
  const minutes = minutesText === '' ? 0 : wholeNumber(minutesText);
  if (hours === null || hours > 999) return { field: 'time', part: 'hours', message: 'The hours must be a whole number from 0 to 999' };
  if (minutes === null || minutes > 59) return { field: 'time', part: 'minutes', message: 'The minutes must be a whole number from 0 to 59' };
  if (hours === 0 && minutes === 0) return { field: 'time', part: 'hours', message: 'The time spent must be more than 0 minutes, or leave both boxes empty' };
  return null;
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Checks the form: the activity and its date are needed; the time spent
 * and every heading may be left for later. Errors come in the form's order.
 *
 * @example
 * checkCpdForm({ ...emptyCpdForm(), day: '31', month: '2', year: '2026' }, { today: '2026-12-18' });
 * // [{ field: 'activity', message: 'Enter the activity…' }, { field: 'date', part: 'day', message: '31 February 2026 is not a real date' }]
 */
export function checkCpdForm(values: CpdFormValues, options: { today: string }): CpdFormError[] {
  const errors: CpdFormError[] = [];
  const activity = values.activity.trim();
  if (activity === '') errors.push({ field: 'activity', message: 'Enter the activity, for example the scenario you played' });
  else if (activity.length > MAX_ACTIVITY_LENGTH) errors.push({ field: 'activity', message: `The activity must be ${MAX_ACTIVITY_LENGTH} characters or fewer` });
  const date = dateError(values, options.today);
  if (date) errors.push(date);
  const time = timeError(values);
  if (time) errors.push(time);
  for (const field of CPD_FIELDS) {
    if (values[field.key].length > MAX_CPD_TEXT_LENGTH) {
      errors.push({ field: field.key, message: `${field.label} must be ${MAX_CPD_TEXT_LENGTH.toLocaleString('en-GB')} characters or fewer` });
    }
  }
  return errors;
}

/**
 * The entry a checked form makes (call {@link checkCpdForm} first). An
 * edited entry keeps its id and when it was created.
 *
 * @example
 * cpdRecordFromForm(values, { id: 'r1', now: '2026-12-18T10:00:00.000Z' }).date; // '2026-12-18'
 */
export function cpdRecordFromForm(values: CpdFormValues, options: { id: string; now: string; createdAt?: string }): CpdRecord {
  const texts = Object.fromEntries(CPD_FIELDS.map((field) => [field.key, values[field.key].trim()])) as unknown as CpdTexts;
  const record: CpdRecord = {
    id: options.id,
    activity: values.activity.trim(),
    date: isoDate(Number(values.year.trim()), Number(values.month.trim()), Number(values.day.trim())),
    ...texts,
    evidence: values.evidence.map((file) => ({ ...file })),
    createdAt: options.createdAt ?? options.now,
    updatedAt: options.now,
  };
  if (values.scenarioId !== '') record.scenarioId = values.scenarioId;
  const hours = wholeNumber(values.hours) ?? 0;
  const minutes = wholeNumber(values.minutes) ?? 0;
  if (hours * 60 + minutes > 0) record.minutes = hours * 60 + minutes;
  return record;
}
