/**
 * The privacy guard: finds real-looking personal data in scenarios and case
 * timelines before they are published.
 */
export { scanForPersonalData } from './scan-for-personal-data.js';
export { assertNoPersonalData, formatPersonalDataFinding } from './assert-no-personal-data.js';
export { PERSONAL_DATA_KINDS, describePersonalDataKind, isPersonalDataKind } from './personal-data-kinds.js';
export type { PersonalDataKind } from './personal-data-kinds.js';
export type {
  Acknowledgement,
  CastMember,
  PersonalDataFinding,
  ScanOptions,
} from './personal-data-finding.js';
export { PersonalDataError } from './personal-data-error.js';
export { isValidNhsNumber } from './nhs-number.js';
export { isNiNumberShape, NI_NUMBER_RULES } from './ni-number.js';
export { isOfcomDramaNumber } from './phone-number.js';
export { OFCOM_DRAMA_NUMBER_RANGES } from './data/ofcom-drama-numbers.js';
export type { DramaNumberRange } from './data/ofcom-drama-numbers.js';
export { isReservedEmailDomain, RESERVED_EMAIL_DOMAINS } from './email.js';
