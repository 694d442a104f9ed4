/**
 * Word lists for the synthetic care commons. Every name is invented by
 * combining these; none is meant to be a real person or organisation.
 */

export const FIRST_NAMES = [
  'Aisha', 'Alan', 'Alice', 'Amara', 'Amir', 'Andrew', 'Angela', 'Anita', 'Arthur', 'Asha', 'Barbara', 'Ben', 'Beryl', 'Bilal', 'Brenda', 'Bridget',
  'Callum', 'Carol', 'Catherine', 'Chen', 'Chloe', 'Chris', 'Colin', 'Connor', 'Daniel', 'Darren', 'David', 'Deborah', 'Deepa', 'Denise', 'Derek', 'Dorothy',
  'Eileen', 'Elaine', 'Eleanor', 'Elif', 'Ellis', 'Emeka', 'Emily', 'Emma', 'Eric', 'Ewa', 'Farah', 'Fatima', 'Fiona', 'Frank', 'Gareth', 'Gemma',
  'George', 'Gloria', 'Gordon', 'Grace', 'Graham', 'Hamza', 'Hannah', 'Harriet', 'Harun', 'Hazel', 'Helen', 'Hugh', 'Ian', 'Ibrahim', 'Imran', 'Irene',
  'Isla', 'Ivy', 'Jack', 'Jamal', 'James', 'Janet', 'Jasmine', 'Jean', 'Joan', 'Joanne', 'John', 'Joseph', 'Joyce', 'Julie', 'Kamala', 'Karen',
  'Kasia', 'Keith', 'Kevin', 'Kwame', 'Laura', 'Leah', 'Lena', 'Leon', 'Lily', 'Linda', 'Lorraine', 'Lucy', 'Malcolm', 'Marcus', 'Margaret', 'Maria',
  'Marian', 'Martin', 'Maureen', 'Mei', 'Michael', 'Mohammed', 'Nadia', 'Naomi', 'Neil', 'Niamh', 'Nicola', 'Nigel', 'Nkechi', 'Norman', 'Olivia', 'Omar',
  'Owen', 'Pamela', 'Patricia', 'Patrick', 'Paul', 'Pauline', 'Peter', 'Philip', 'Priya', 'Rachel', 'Rajesh', 'Rebecca', 'Rhys', 'Rita', 'Robert', 'Rosa',
  'Rose', 'Ruby', 'Ruth', 'Sally', 'Samuel', 'Sandra', 'Sarah', 'Shabana', 'Sheila', 'Simon', 'Siobhan', 'Sophie', 'Stanley', 'Stella', 'Stephen', 'Sunita',
  'Susan', 'Tariq', 'Teresa', 'Thomas', 'Tomasz', 'Tony', 'Valerie', 'Vera', 'Victor', 'Vikram', 'Wendy', 'William', 'Yasmin', 'Yusuf', 'Zainab', 'Zofia',
];

export const SURNAMES = [
  'Abbott', 'Adeyemi', 'Ahmed', 'Akhtar', 'Allen', 'Anderson', 'Atkinson', 'Bailey', 'Baker', 'Banerjee', 'Barker', 'Begum', 'Bell', 'Bennett', 'Bishop', 'Blake',
  'Bowen', 'Bradley', 'Bright', 'Brooks', 'Burton', 'Byrne', 'Campbell', 'Carter', 'Chambers', 'Chapman', 'Chaudhry', 'Clarke', 'Coleman', 'Collins', 'Cooper', 'Cox',
  'Crawford', 'Cunningham', 'Davies', 'Dawson', 'Dixon', 'Doherty', 'Doyle', 'Duncan', 'Edwards', 'Ellis', 'Evans', 'Farrell', 'Finch', 'Fischer', 'Fletcher', 'Ford',
  'Foster', 'Fraser', 'Gallagher', 'Gibson', 'Gill', 'Gordon', 'Graham', 'Grant', 'Gray', 'Green', 'Griffiths', 'Hale', 'Hall', 'Hamilton', 'Hardy', 'Harper',
  'Harris', 'Harrow', 'Hart', 'Hassan', 'Hayes', 'Henderson', 'Hill', 'Holmes', 'Hope', 'Howard', 'Hughes', 'Hussain', 'Iqbal', 'Jackson', 'James', 'Jenkins',
  'Johnson', 'Jones', 'Kaur', 'Kelly', 'Kennedy', 'Khan', 'Kowalski', 'Kumar', 'Lane', 'Lawrence', 'Lee', 'Lewis', 'Lloyd', 'Lowe', 'Lynch', 'Macdonald',
  'Malik', 'Marsh', 'Marshall', 'Mason', 'Matthews', 'McAllister', 'Mensah', 'Miller', 'Mills', 'Mistry', 'Mitchell', 'Moore', 'Morgan', 'Morris', 'Murphy', 'Murray',
  'Nair', 'Newman', 'Nguyen', 'Nowak', 'Obi', 'Okafor', "O'Brien", "O'Connor", 'Osei', 'Owen', 'Palmer', 'Parker', 'Patel', 'Payne', 'Pearce', 'Pemberton',
  'Perry', 'Phillips', 'Porter', 'Powell', 'Price', 'Quinn', 'Rahman', 'Reid', 'Reynolds', 'Richards', 'Riley', 'Roberts', 'Robinson', 'Rogers', 'Rose', 'Ross',
  'Russell', 'Ryan', 'Saunders', 'Scott', 'Shah', 'Sharma', 'Shaw', 'Simpson', 'Singh', 'Smith', 'Spencer', 'Stevens', 'Stewart', 'Sullivan', 'Tate', 'Taylor',
  'Thompson', 'Townsend', 'Turner', 'Wallace', 'Walsh', 'Ward', 'Watson', 'Webb', 'Wells', 'West', 'White', 'Whitcombe', 'Wilkinson', 'Williams', 'Wilson', 'Wong',
  'Wood', 'Wright', 'Yates', 'Young', 'Zielinski',
];

/** Two halves of invented English place names: "Hollin" + "sby". */
export const PLACE_STARTS = [
  'Ash', 'Bar', 'Black', 'Bram', 'Brook', 'Bur', 'Castle', 'Chal', 'Cran', 'Dun', 'East', 'Elm', 'Fair', 'Fern', 'Fox', 'Gold',
  'Green', 'Hal', 'Hazel', 'Hollin', 'Kings', 'Lark', 'Lang', 'Ley', 'Marsh', 'Mill', 'Nether', 'New', 'North', 'Oak', 'Pen', 'Queens',
  'Red', 'Rook', 'Rother', 'Sand', 'Shel', 'Stan', 'Stock', 'Thorn', 'Wal', 'Wen', 'West', 'Whit', 'Wil', 'Wood', 'Wy', 'Yar',
];
export const PLACE_ENDS = ['by', 'bury', 'combe', 'dale', 'den', 'field', 'ford', 'ham', 'hurst', 'ington', 'ley', 'mere', 'minster', 'stead', 'thorpe', 'ton', 'well', 'wick', 'worth'];

/** What a neighbourhood of a town is called: "<Town> Green", "Upper <Town>". */
export const AREA_SUFFIXES = ['Green', 'Park', 'Fields', 'Vale', 'Hill', 'Quay', 'Common', 'Heath', 'Cross', 'Moor', 'End', 'Gate'];
export const AREA_PREFIXES = ['North', 'South', 'East', 'West', 'Upper', 'Lower', 'Old', 'Little'];

export const TREES = ['Willow', 'Beech', 'Rowan', 'Cedar', 'Hawthorn', 'Birch', 'Laurel', 'Maple', 'Holly', 'Linden', 'Juniper', 'Alder', 'Chestnut', 'Sycamore', 'Larch', 'Poplar'];
export const HOUSES = ['Court', 'House', 'Lodge', 'Grange', 'Gardens', 'Manor', 'View', 'Place'];
export const SAINTS = ['Aidan', 'Anne', 'Barnabas', 'Bede', 'Chad', 'Columba', 'Cuthbert', 'Hilda', 'Luke', 'Mark', 'Martin', 'Mary', 'Michael', 'Nicholas', 'Oswald', 'Peter'];
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const QUALITIES = ['Bright', 'Kind', 'Open', 'Steady', 'Good', 'True', 'Warm', 'Clear', 'Fair', 'Gentle', 'Golden', 'Silver', 'Blue', 'Little', 'Corner', 'Friendly'];
export const CAFE_NOUNS = ['Kettle', 'Crumb', 'Teapot', 'Spoon', 'Loaf', 'Bean', 'Scone', 'Cup', 'Saucer', 'Oven', 'Table', 'Larder', 'Pantry', 'Hearth', 'Lantern', 'Apron'];
export const CARE_STEMS = ['Bright', 'Kind', 'Care', 'Home', 'Hearth', 'Haven', 'Well', 'Helping', 'Heart', 'Good', 'Safe', 'Steady', 'Tender', 'Willow', 'Harbour', 'Meadow'];
export const CARE_TAILS = ['path', 'way', 'side', 'well', 'field', 'light', 'stone', 'hands', 'bridge', 'gate'];

export const ORGANISATION_NOUNS = [
  'Advice Centre', 'Befriending Trust', 'Carers Centre', 'Advocacy Network', 'Housing Association', 'Library', 'Community Hall', 'Food Bank', 'Credit Union',
  'Disability Forum', 'Youth Trust', 'Community Transport', 'Tenants Association', 'Refugee Welcome', 'Dementia Alliance', 'Community Pantry', 'Age Well Partnership',
  'Community Centre', 'Volunteer Centre', 'Neighbourhood Forum', 'Sight Loss Society', 'Deaf Centre', 'Wellbeing Hub', 'Mutual Aid Network', 'Law Centre',
  'Welfare Rights Service', 'Community Fridge', 'Friends of the Park', 'Hospice Shop', 'Borough Council Adult Social Care',
];
export const GROUP_NOUNS = [
  'Walking Group', 'Knit and Natter', "Men's Shed", 'Memory Café', 'Good Neighbours', 'Allotment Society', 'Community Choir', 'Lunch Club', 'Book Club',
  'Carers Circle', 'Friendship Club', 'Repair Café', 'Tai Chi Group', 'Gardening Club', 'Chess Club', 'Bowls Club', 'Stroke Club', 'Parkinson’s Support Group',
  'Coffee Morning', 'Singing for the Brain', 'Chair Yoga', 'Craft Circle', 'Dads Group', 'Dementia Friends', 'Digital Drop-in', 'Cuppa and Chat',
];
export const BUSINESS_OWNED = ['Corner Shop', 'Bakery', 'Launderette', 'Hardware', 'Butchers', 'Greengrocer', 'Barbers', 'Hair Salon', 'Newsagent', 'Fish Bar', 'Deli', 'Florist'];
export const BUSINESS_PLACED = ['Taxis', 'Garden Services', 'Café', 'Launderette', 'Handyman Services', 'Cleaning Co-op', 'Mobility Shop', 'Community Pub', 'Minicabs', 'Bike Workshop', 'Post Office', 'Supermarket'];
export const RSCP_NOUNS = ['Home Care', 'Care Home', 'Supported Living', 'Domiciliary Care', 'Care at Home', 'Nursing Home', 'Day Centre', 'Extra Care Housing'];
export const RSCP_PLACED = ['Shared Lives Scheme', 'Reablement Service', 'Home Care Co-op', 'Day Opportunities', 'Respite Centre'];
export const HEALTH_NOUNS = [
  'Medical Practice', 'Health Centre', 'Surgery', 'Pharmacy', 'Community Nursing Team', 'Community Mental Health Team', 'Physiotherapy Service', 'Dental Practice',
  'Podiatry Clinic', 'Hospice', 'Memory Clinic', 'Falls Prevention Service', 'Social Prescribing Team', 'Occupational Therapy Team',
];
export const CP_NOUNS = ['Care Co-op', 'Community Care Co-operative', 'Care Commons', 'Neighbourhood Care Co-op', 'Care Partnership'];
