import { STREET_TYPES } from './street-types.js';

/**
 * Words that, straight after a name-like phrase, make it the name of a place
 * or organisation rather than a person ("Oliver House", "Harrison Primary",
 * "St Aidan's Academy", "Kelly Street").
 */
export const PLACE_SUFFIX_WORDS: readonly string[] = [
  ...STREET_TYPES,
  'School', 'Academy', 'Primary', 'Infant', 'Infants', 'Junior', 'Juniors', 'Nursery', 'College', 'High',
  'Hospital', 'Surgery', 'Practice', 'Medical', 'Health', 'Centre', 'House', 'Lodge', 'Grange', 'Hall',
  'Ward', 'Unit', 'Trust', 'Care', 'Estate', 'Farm', 'Manor', 'Towers', 'Building', 'Campus', 'Library',
  'Surgery', 'Pharmacy', 'Chambers', 'Solicitors', 'Ltd', 'Limited', 'Group', 'Foundation', 'Memorial',
];
