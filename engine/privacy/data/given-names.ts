/**
 * Common given names in England across generations and communities, written
 * for this project. A capitalised word from this list is treated as a
 * person's first name wherever it appears. Names that are also everyday words,
 * months or places live in {@link AMBIGUOUS_GIVEN_NAMES} instead.
 */
export const GIVEN_NAMES: readonly string[] = [
  // Girls' and women's names.
  'Abigail', 'Ada', 'Aisha', 'Alana', 'Alexandra', 'Alice', 'Alicia', 'Alisha', 'Amelia', 'Amina', 'Amira',
  'Amy', 'Andrea', 'Angela', 'Anna', 'Anne', 'Annie', 'Anya', 'Aoife', 'Arabella', 'Aria', 'Ava', 'Ayesha',
  'Barbara', 'Beatrice', 'Bethany', 'Beverley', 'Brenda', 'Bridget', 'Caitlin', 'Carly', 'Caroline',
  'Catherine', 'Charlotte', 'Chloe', 'Christine', 'Claire', 'Clara', 'Courtney', 'Danielle', 'Deborah',
  'Demi', 'Denise', 'Diane', 'Donna', 'Dorothy', 'Eleanor', 'Elena', 'Eliza', 'Elizabeth', 'Ella', 'Ellie',
  'Eloise', 'Elsie', 'Emily', 'Emma', 'Erin', 'Esme', 'Eve', 'Evelyn', 'Evie', 'Fatima', 'Fiona', 'Freya',
  'Gemma', 'Georgina', 'Gillian', 'Gracie', 'Hannah', 'Harriet', 'Hayley', 'Heather', 'Helen', 'Holly',
  'Imogen', 'Irene', 'Isabel', 'Isabella', 'Isla', 'Jacqueline', 'Jade', 'Jane', 'Janet', 'Jasmine',
  'Jennifer', 'Jessica', 'Joanne', 'Jodie', 'Josephine', 'Joyce', 'Julia', 'Julie', 'Karen', 'Kasia',
  'Katie', 'Kayleigh', 'Kelly', 'Kerry', 'Kirsty', 'Lacey', 'Laura', 'Lauren', 'Layla', 'Leah', 'Leanne',
  'Lena', 'Lesley', 'Lilly', 'Linda', 'Lisa', 'Lola', 'Lorraine', 'Louise', 'Lucy', 'Lydia', 'Maddison',
  'Maisie', 'Margaret', 'Maria', 'Marie', 'Martha', 'Maryam', 'Matilda', 'Megan', 'Melissa', 'Mia',
  'Michelle', 'Mila', 'Millie', 'Molly', 'Nadia', 'Naomi', 'Natalie', 'Niamh', 'Nicola', 'Nina', 'Nisha',
  'Olivia', 'Paige', 'Patricia', 'Pauline', 'Phoebe', 'Poppy', 'Priya', 'Rachel', 'Rebecca', 'Rosie',
  'Ruth', 'Samantha', 'Sandra', 'Sarah', 'Scarlett', 'Shannon', 'Sharon', 'Shauna', 'Siobhan', 'Sophia',
  'Sophie', 'Stacey', 'Stephanie', 'Susan', 'Tanya', 'Tegan', 'Tracey', 'Valerie', 'Vanessa', 'Wendy',
  'Yasmin', 'Zainab', 'Zara', 'Zoe', 'Agnieszka', 'Oksana', 'Joanna', 'Magdalena', 'Ioana', 'Bisi', 'Funmi',
  'Chiamaka', 'Sadia', 'Shazia', 'Nasreen', 'Parveen', 'Sunita', 'Anjali', 'Mei', 'Shirley', 'Sheila',
  'Maureen', 'Jean', 'Kathleen', 'Kathryn', 'Pamela', 'Vera', 'Mavis', 'Edna', 'Doreen', 'Elaine',
  // Boys' and men's names.
  'Aaron', 'Adam', 'Adrian', 'Ahmed', 'Aidan', 'Alan', 'Albert', 'Alex', 'Alexander', 'Alfie', 'Ali', 'Andrew',
  'Anthony', 'Archie', 'Arthur', 'Ashley', 'Ben', 'Benjamin', 'Bilal', 'Bradley', 'Brandon', 'Brian',
  'Callum', 'Calvin', 'Charlie', 'Christopher', 'Ciaran', 'Colin', 'Connor', 'Craig', 'Damian', 'Daniel',
  'Danny', 'Darren', 'David', 'Declan', 'Dennis', 'Derek', 'Dominic', 'Dylan', 'Edward', 'Eli', 'Elijah',
  'Ethan', 'Ewan', 'Finley', 'Finn', 'Freddie', 'Gareth', 'Gary', 'George', 'Graham', 'Hamza', 'Harry',
  'Harvey', 'Hassan', 'Henry', 'Hugo', 'Ian', 'Ibrahim', 'Isaac', 'Jack', 'Jacob', 'Jake', 'Jamal',
  'James', 'Jamie', 'Jason', 'Jayden', 'Jeffrey', 'Joe', 'Joel', 'John', 'Jonathan', 'Joseph', 'Joshua',
  'Kai', 'Karl', 'Keith', 'Kenneth', 'Kevin', 'Kieran', 'Kyle', 'Leo', 'Leon', 'Lewis', 'Liam', 'Logan',
  'Louis', 'Luca', 'Lucas', 'Luke', 'Mason', 'Matthew', 'Max', 'Michael', 'Mohammed', 'Muhammad', 'Nathan',
  'Neil', 'Nicholas', 'Noah', 'Oliver', 'Ollie', 'Omar', 'Oscar', 'Owen', 'Patrick', 'Paul', 'Peter',
  'Philip', 'Raymond', 'Reece', 'Richard', 'Riley', 'Robert', 'Ronald', 'Ryan', 'Samuel', 'Scott', 'Sean',
  'Sebastian', 'Simon', 'Stanley', 'Stephen', 'Steven', 'Stuart', 'Theo', 'Thomas', 'Timothy', 'Toby',
  'Tom', 'Tommy', 'Tyler', 'Usman', 'Wayne', 'William', 'Yusuf', 'Zach', 'Zak', 'Tomasz', 'Piotr',
  'Marek', 'Andrei', 'Mihai', 'Tunde', 'Chidi', 'Emeka', 'Kwame', 'Rajesh', 'Sanjay', 'Arjun', 'Imran',
  'Tariq', 'Kamran', 'Wei', 'Malcolm', 'Trevor', 'Terence', 'Barry', 'Clive', 'Geoffrey', 'Kenny',
  'Shane', 'Marcus', 'Nathaniel',
];

/**
 * Given names that are also ordinary words, months or places ("Will",
 * "Hope", "Robin", "Victoria"). They count as names only beside a surname,
 * after a title or after a cue such as "called" or "mum".
 */
export const AMBIGUOUS_GIVEN_NAMES: readonly string[] = [
  'Amber', 'Autumn', 'Bill', 'Bob', 'Carol', 'Chelsea', 'Crystal', 'Dawn', 'Faith', 'Florence',
  'Georgia', 'Grace', 'Guy', 'Hope', 'Ivy', 'Joy', 'Lily', 'Mabel', 'Olive', 'Pat', 'Pearl',
  'Penny', 'Robin', 'Rose', 'Ruby', 'Sky', 'Skye', 'Summer', 'Sue', 'Victoria', 'Violet', 'Will', 'Paris',
  'Austin', 'Chase', 'Hunter', 'Jersey', 'Sunny', 'Rich', 'Dean', 'Jordan', 'Mark', 'Frank', 'Ray', 'Lee',
  'Harley', 'Jay', 'Carl',
];
