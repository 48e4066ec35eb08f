/**
 * Common surnames in England, written for this project. A capitalised word
 * from this list next to another capitalised word is read as part of a
 * person's name ("Jo Barker"). Surnames that are also ordinary words
 * ("Hill", "Green", "Wood") are left out so that place and street names do
 * not trip the guard; titles and cues still catch them ("Mrs Green").
 */
export const SURNAMES: readonly string[] = [
  'Smith', 'Jones', 'Taylor', 'Williams', 'Davies', 'Evans', 'Thomas', 'Johnson', 'Roberts', 'Robinson',
  'Thompson', 'Wright', 'Walker', 'Edwards', 'Hughes', 'Lewis', 'Harris', 'Clarke', 'Clark', 'Jackson',
  'Patel', 'Khan', 'Ali', 'Hussain', 'Ahmed', 'Begum', 'Shah', 'Singh', 'Kaur', 'Akhtar', 'Iqbal',
  'Okafor', 'Adeyemi', 'Mensah', 'Okoro', 'Nowak', 'Kowalski', 'Wiśniewski', 'Popescu', 'Nguyen',
  'Chen', 'Murphy', "O'Brien", "O'Neill", 'Kelly', 'McDonald', 'Campbell', 'Stewart', 'Anderson',
  'Scott', 'Mitchell', 'Harrison', 'Cooper', 'Ward', 'Morris', 'Turner', 'Parker', 'Morgan', 'Collins',
  'Watson', 'Cook', 'Baker', 'Bailey', 'Bennett', 'Barker', 'Richardson', 'Shaw', 'Lloyd', 'Ellis',
  'Carter', 'Phillips', 'Simpson', 'Marshall', 'Chapman', 'Atkinson', 'Hall', 'Allen', 'Holmes',
  'Dawson', 'Pearson', 'Fletcher', 'Sutcliffe', 'Ackroyd', 'Brook', 'Haigh', 'Hirst', 'Metcalfe',
  'Dobson', 'Outhwaite', 'Pickersgill', 'Thackray', 'Wilkinson', 'Whitaker', 'Wainwright', 'Lockwood',
  'Broadbent', 'Holroyd', 'Kershaw', 'Greenwood', 'Hargreaves', 'Ramsden', 'Mellor', 'Booth', 'Crowther',
  'Harper', 'Fairbairn', 'Hewitt', 'Jennings', 'Lambert', 'Lawson', 'Middleton', 'Nicholson', 'Noble',
  'Pattison', 'Redfearn', 'Stephenson', 'Swales', 'Tindall', 'Wilson', 'Brown', 'Johnston', 'Moore',
  'Martin', 'Lee', 'Walsh', 'Kennedy', 'Reid', 'Murray', 'Fox', 'Doyle', 'Hussey', 'Gill', 'Sharma',
  'Mistry', 'Chaudhry', 'Rahman', 'Uddin', 'Miah', 'Osei', 'Boateng', 'Nwosu', 'Eze', 'Ibrahim',
  'Kaczmarek', 'Lewandowski', 'Ionescu', 'Dumitru', 'Santos', 'Silva', 'Ferreira', 'Costa',
];
