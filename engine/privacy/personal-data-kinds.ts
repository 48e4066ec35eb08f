/**
 * The kinds of personal data the privacy guard looks for, in the order the
 * scanner reports them when two detections claim the same characters (the
 * earlier, more specific kind wins).
 */
export const PERSONAL_DATA_KINDS = [
  'nhs-number',
  'ni-number',
  'email',
  'phone-number',
  'postcode',
  'date-of-birth',
  'street-address',
  'personal-name',
] as const;

/** One kind of personal data, e.g. `'nhs-number'` or `'personal-name'`. */
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

const descriptions: Record<PersonalDataKind, string> = {
  'nhs-number': 'an NHS number (ten digits that pass the NHS modulus 11 check)',
  'ni-number': 'a National Insurance number (two letters, six digits, a letter A to D)',
  email: 'an email address outside the domains reserved for examples',
  'phone-number': "a UK phone number outside Ofcom's ranges reserved for drama",
  postcode: 'a full UK postcode',
  'date-of-birth': "someone's date of birth",
  'street-address': 'a house number and street name',
  'personal-name': "a person's name that is not in the scenario's declared cast",
};

/**
 * Says in plain English what a kind of personal data is, for messages and help text.
 *
 * @example
 * describePersonalDataKind('postcode'); // 'a full UK postcode'
 */
export function describePersonalDataKind(kind: PersonalDataKind): string {
  return descriptions[kind];
}

/**
 * True when `value` names one of the {@link PERSONAL_DATA_KINDS}; useful when
 * reading acknowledgements from YAML or MDX front matter.
 *
 * @example
 * isPersonalDataKind('email'); // true
 * isPersonalDataKind('shoe-size'); // false
 */
export function isPersonalDataKind(value: unknown): value is PersonalDataKind {
  return typeof value === 'string' && (PERSONAL_DATA_KINDS as readonly string[]).includes(value);
}
