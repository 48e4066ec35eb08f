/**
 * Ofcom's telephone numbers reserved for TV and radio drama: each block of
 * 1,000 numbers will not be given to any phone company, so a story can show
 * one without anyone's phone ringing. Source: Ofcom, "Telephone numbers for
 * use in TV and radio drama" (ofcom.org.uk, numbers for drama).
 *
 * `prefix` is the national number (leading 0, no spaces) before the last
 * three digits; every range runs from `000` to `999` after it.
 */
export interface DramaNumberRange {
  /** Where or what the range stands for, as Ofcom labels it. */
  area: string;
  /** National digits before the final three, e.g. `01134960`. */
  prefix: string;
  /** The range as Ofcom writes it. */
  source: string;
}

/** Every drama range, geographic first. */
export const OFCOM_DRAMA_NUMBER_RANGES: readonly DramaNumberRange[] = [
  { area: 'Leeds', prefix: '01134960', source: '0113 496 0000 to 0113 496 0999' },
  { area: 'Sheffield', prefix: '01144960', source: '0114 496 0000 to 0114 496 0999' },
  { area: 'Nottingham', prefix: '01154960', source: '0115 496 0000 to 0115 496 0999' },
  { area: 'Leicester', prefix: '01164960', source: '0116 496 0000 to 0116 496 0999' },
  { area: 'Bristol', prefix: '01174960', source: '0117 496 0000 to 0117 496 0999' },
  { area: 'Reading', prefix: '01184960', source: '0118 496 0000 to 0118 496 0999' },
  { area: 'Birmingham', prefix: '01214960', source: '0121 496 0000 to 0121 496 0999' },
  { area: 'Edinburgh', prefix: '01314960', source: '0131 496 0000 to 0131 496 0999' },
  { area: 'Glasgow', prefix: '01414960', source: '0141 496 0000 to 0141 496 0999' },
  { area: 'Liverpool', prefix: '01514960', source: '0151 496 0000 to 0151 496 0999' },
  { area: 'Manchester', prefix: '01614960', source: '0161 496 0000 to 0161 496 0999' },
  { area: 'Tyneside, Durham and Sunderland', prefix: '01914980', source: '0191 498 0000 to 0191 498 0999' },
  { area: 'London', prefix: '02079460', source: '020 7946 0000 to 020 7946 0999' },
  // Published copies of Ofcom's table disagree on Northern Ireland (older
  // lists give 028 9018 0xxx, newer ones 028 9649 6xxx); both are treated as
  // drama numbers, and the suggestion never offers either.
  { area: 'Northern Ireland', prefix: '02890180', source: '028 9018 0000 to 028 9018 0999' },
  { area: 'Northern Ireland', prefix: '02896496', source: '028 9649 6000 to 028 9649 6999' },
  { area: 'Cardiff', prefix: '02920180', source: '029 2018 0000 to 029 2018 0999' },
  { area: 'No area', prefix: '01632960', source: '01632 960000 to 01632 960999' },
  { area: 'Mobile', prefix: '07700900', source: '07700 900000 to 07700 900999' },
  { area: 'Freephone', prefix: '08081570', source: '08081 570000 to 08081 570999' },
  { area: 'Premium rate', prefix: '09098790', source: '0909 8790000 to 0909 8790999' },
  { area: 'UK-wide', prefix: '03069990', source: '03069 990000 to 03069 990999' },
];
