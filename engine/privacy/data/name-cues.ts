/**
 * Titles written before a surname or full name ("Mrs Patel", "Dr Okafor",
 * "PC Hughes"). A capitalised word after one of these is read as a name.
 */
export const NAME_TITLES: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Professor', 'Sir', 'Dame', 'Lady', 'Lord', 'Rev',
  'Revd', 'Reverend', 'Fr', 'Cllr', 'Councillor', 'PC', 'DC', 'DS', 'DI', 'DCI', 'Sgt', 'Sergeant',
  'Inspector', 'Detective', 'Constable', 'Judge', 'Nurse', 'Sister',
];

/**
 * Lower-case words after which a capitalised word is someone's name ("her
 * mum Kelly", "a boy called Jayden", "my name is Tomasz").
 */
export const NAME_CUES: readonly string[] = [
  'called', 'named', 'name is', "name's", 'known as', 'mum', 'dad', 'mother', 'father', 'mam', 'nan',
  'nana', 'grandma', 'grandad', 'gran', 'granny', 'grandmother', 'grandfather', 'sister', 'brother',
  'son', 'daughter', 'stepdad', 'stepmum', 'stepfather', 'stepmother', 'partner', 'boyfriend',
  'girlfriend', 'husband', 'wife', 'aunt', 'auntie', 'uncle', 'cousin', 'neighbour', 'friend',
  'carer', 'baby',
];
