/**
 * Capitalised words that are never a person's name in this project's texts:
 * agencies, roles, services, legal terms, places in and around North
 * Yorkshire, days, months and the words that open sentences in case notes and
 * emails. A candidate name made only of these is dropped, and none of these
 * can be the surname in a "first name + surname" pair.
 */
export const NON_NAME_WORDS: readonly string[] = [
  // Agencies, services and teams.
  'NHS', 'Police', 'Constabulary', 'Council', 'County', 'Borough', 'City', 'District', 'Trust', 'Foundation',
  'Partnership', 'Board', 'Business', 'Unit', 'Team', 'Service', 'Services', 'Department', 'Directorate',
  'Social', 'Care', 'Children', "Children's", 'Childrens', 'Adult', 'Adults', "Adult's", 'Health', 'Mental',
  'Community', 'Early', 'Help', 'Front', 'Door', 'MASH', 'Multi', 'Agency', 'Multi-Agency', 'Housing',
  'Probation', 'Youth', 'Justice', 'Education', 'Welfare', 'School', 'Schools', 'Academy', 'Primary',
  'Secondary', 'Infant', 'Junior', 'College', 'Nursery', 'Hospital', 'Surgery', 'Practice', 'Clinic',
  'Centre', 'Center', 'Home', 'Homes', 'Residential', 'Domiciliary', 'Provider', 'Quality', 'Commission',
  'CQC', 'Ofsted', 'Ofcom', 'HMRC', 'DWP', 'CAMHS', 'GP', 'GPs', 'A&E', 'Emergency', 'Duty', 'Out', 'Hours',
  'Integrated', 'Safeguarding', 'Safeguard', 'Partnership', 'NYSCP', 'NYSAB', 'Barnardo’s', "Barnardo's",
  'NSPCC', 'Women’s', "Women's", 'Aid', 'Refuge', 'Hub', 'Office', 'Station', 'Ambulance', 'Fire', 'Rescue',
  'Local', 'Authority', 'Government', 'Department', 'Public', 'Victim', 'Support', 'Family', 'Families',
  'Parents', 'Parent', 'Carers', 'Carer', 'Young', 'People', 'Person', 'Child', 'Infant',
  // Roles.
  'Designated', 'Lead', 'Named', 'Nurse', 'Doctor', 'Manager', 'Line', 'Head', 'Teacher', 'Headteacher',
  'Deputy', 'Assistant', 'Senior', 'Practitioner', 'Practitioners', 'Worker', 'Workers', 'Midwife',
  'Visitor', 'Officer', 'Sergeant', 'Constable', 'Inspector', 'Detective', 'Chair',
  'Independent', 'Chief', 'Executive', 'Director', 'Coordinator', 'Co-ordinator', 'Advisor', 'Adviser',
  'Advocate', 'Consultant', 'Paediatrician', 'Psychiatrist', 'Therapist', 'Registered', 'Registrar',
  'Pastoral', 'SENCO', 'SENCo', 'DSL', 'DDSL', 'IRO', 'LADO', 'PCSO', 'Key', 'Keyworker', 'Receptionist',
  'Reviewing', 'Panel', 'Escalation', 'Member', 'Members', 'Staff', 'Governor', 'Governors', 'Principal',
  // Process, law and documents.
  'Stage', 'Step', 'Court', 'Protection', 'Crown', 'Magistrates', 'Plan', 'Meeting', 'Strategy',
  'Discussion', 'Conference', 'Section', 'Assessment', 'Review', 'Subgroup', 'Learning', 'Professional',
  'Professionals', 'Resolution', 'Resolutions', 'Mutual', 'Challenge', 'Curiosity', 'Guidance', 'Working',
  'Together', 'Best', 'Interest', 'Interests', 'Capacity', 'Act', 'Order', 'Deprivation', 'Liberty',
  'Safeguards', 'DoLS', 'EHCP', 'Referral', 'Form', 'Record', 'Records', 'Chronology', 'Policy', 'Protocol',
  'Procedure', 'Procedures', 'Threshold', 'Concern', 'Concerns', 'Outcome', 'Outcomes', 'Action', 'Actions',
  'Summary', 'Update', 'Note', 'Notes', 'Subject', 'Re', 'RE', 'Ref', 'Reference', 'Date', 'Time', 'Minutes',
  'Agenda', 'Attendees', 'Apologies', 'Case', 'Progress', 'Core', 'Group', 'Initial',
  'Level', 'Tier', 'Year', 'Reception', 'Term', 'Half', 'Class', 'Room', 'Ward',
  'Bank', 'Holiday', 'Holidays', 'Easter', 'Christmas', 'Eid', 'Diwali', 'Ramadan', 'New', 'Day',
  // Places.
  'North', 'South', 'East', 'West', 'Yorkshire', 'England', 'Wales', 'Scotland', 'Northern', 'Ireland',
  'UK', 'Britain', 'British', 'English', 'London', 'York', 'Leeds', 'Bradford', 'Harrogate', 'Scarborough',
  'Whitby', 'Selby', 'Skipton', 'Ripon', 'Northallerton', 'Richmond', 'Richmondshire', 'Thirsk', 'Malton',
  'Pickering', 'Knaresborough', 'Bedale', 'Filey', 'Settle', 'Tadcaster', 'Middlesbrough', 'Darlington',
  'Teesside', 'Craven', 'Hambleton', 'Ryedale', 'Catterick', 'Easingwold', 'Helmsley', 'Leyburn',
  'Hawes', 'Sherburn', 'Wetherby', 'Ilkley', 'Keighley', 'Hull', 'Sheffield', 'Manchester', 'Dales',
  'Moors', 'Coast', 'Vale', 'Estate', 'Road', 'Street', 'Lane', 'Avenue', 'Park', 'Village', 'Town',
  // Days and months.
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mon', 'Tue', 'Tues',
  'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun', 'January', 'February', 'March', 'April', 'May',
  'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr',
  'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  // Words that open sentences, greetings and sign-offs.
  'The', 'This', 'That', 'These', 'Those', 'A', 'An', 'I', 'We', 'He', 'She', 'They', 'It', 'Our', 'My',
  'Your', 'His', 'Her', 'Their', 'Its', 'On', 'In', 'At', 'By', 'For', 'From', 'To', 'With', 'After',
  'Before', 'During', 'Following', 'Please', 'Dear', 'Hi', 'Hello', 'Thanks', 'Thank', 'Kind', 'Regards',
  'Yours', 'Sincerely', 'Many', 'Also', 'However', 'Agreed', 'Discussed', 'Today', 'Yesterday', 'Tomorrow',
  'When', 'If', 'As', 'And', 'But', 'Or', 'So', 'No', 'Yes', 'Not', 'All', 'Any', 'Both', 'Each', 'Every',
  'Mum', 'Dad', 'Mother', 'Father', 'Nan', 'Grandad', 'Grandma', 'Grandpa', 'Gran', 'Sister', 'Brother',
  'Son', 'Daughter', 'Aunt', 'Auntie', 'Uncle', 'Partner', 'Husband', 'Wife', 'Stepdad', 'Stepmum', 'Baby',
  'Call', 'Phone', 'Email', 'Tel', 'Mobile', 'Address', 'Postcode', 'DOB', 'Name', 'Age', 'Aged', 'Sent',
  'Who', 'What', 'Where', 'Why', 'How', 'Which', 'Is', 'Was', 'Are', 'Were', 'Has', 'Had', 'Have', 'Did',
  'Do', 'Does', 'Can', 'Could', 'Should', 'Would', 'Must', 'May', 'Might', 'Shall', 'Then', 'There', 'Here',
  'Now', 'Next', 'Last', 'First', 'Second', 'Third', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven',
  'Eight', 'Nine', 'Ten', 'Option', 'Choice', 'Feedback', 'Scenario', 'Question', 'Answer', 'Continue',
  'Christian', 'Muslim', 'Catholic', 'Church', 'St', 'Saint',
];
