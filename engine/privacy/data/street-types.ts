/**
 * Words that end a street name in England ("Station Road", "Elm Grove"), with
 * the abbreviations people write. Includes the northern "Garth", "Wynd",
 * "Fold" and "Gate" found across North Yorkshire. Compared case-sensitively in
 * their capitalised form; a trailing full stop on an abbreviation is allowed.
 */
export const STREET_TYPES: readonly string[] = [
  'Road', 'Rd', 'Street', 'St', 'Lane', 'Ln', 'Avenue', 'Ave', 'Av', 'Grove', 'Gr', 'Close', 'Cl',
  'Drive', 'Dr', 'Way', 'Crescent', 'Cres', 'Place', 'Pl', 'Court', 'Ct', 'Gardens', 'Gdns',
  'Terrace', 'Terr', 'Tce', 'Walk', 'Row', 'Hill', 'Square', 'Sq', 'Mews', 'Rise', 'View', 'Parade',
  'Yard', 'Gate', 'Wynd', 'Croft', 'Fold', 'Garth', 'Green', 'Park', 'Meadow', 'Meadows', 'Vale',
  'Bank', 'Brow', 'Chase', 'Drove', 'End', 'Field', 'Fields', 'Lea', 'Mount', 'Orchard', 'Path',
  'Ridge', 'Side', 'Villas', 'Wharf', 'Boulevard', 'Broadway', 'Embankment', 'Approach', 'Circus',
  'Cottages', 'Dale', 'Glade', 'Heights', 'Hollow', 'Nook', 'Quay', 'Wood', 'Passage', 'Alley',
];

/**
 * Words that can precede a number without it being a house number
 * ("Stage 3", "Year 6 Green Class", "Room 12 Park View"). A number after one of these
 * never starts a street address.
 */
export const NUMBER_LEAD_WORDS: readonly string[] = [
  'stage', 'step', 'steps', 'year', 'years', 'page', 'pages', 'section', 'room', 'ward', 'bed', 'table',
  'paragraph', 'para', 'chapter', 'level', 'tier', 'group', 'class', 'item', 'point', 'question',
  'option', 'figure', 'appendix', 'version', 'round', 'session', 'week', 'day', 'days', 'no', 'number',
  'ref', 'reference', 'case', 'panel', 'bus', 'route', 'platform', 'junction', 'gate',
];

/** Words that open an address before the house number ("Flat 3, 27 Station Road"). */
export const DWELLING_UNIT_WORDS: readonly string[] = ['Flat', 'Apartment', 'Apt', 'Unit', 'Maisonette'];
