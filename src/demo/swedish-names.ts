/**
 * Name lists for the demo roster: common Swedish first and last names, names with å, ä, ö and
 * accents (to exercise transliteration into e-mail addresses), names of Swedes with roots
 * elsewhere (a regional workforce is not all Andersson), and a few with an apostrophe so that
 * OData filters, CSV exports and HTML rendering are tried with a quote in a name.
 */
export const FEMALE_FIRST_NAMES: readonly string[] = [
  'Anna', 'Eva', 'Maria', 'Karin', 'Kristina', 'Lena', 'Sara', 'Emma', 'Kerstin', 'Ingrid',
  'Marie', 'Malin', 'Jenny', 'Annika', 'Linda', 'Susanne', 'Elin', 'Hanna', 'Monica', 'Birgitta',
  'Johanna', 'Sofia', 'Åsa', 'Ulla', 'Camilla', 'Helena', 'Ida', 'Louise', 'Therese', 'Ebba',
  'Märta', 'Signe', 'Astrid', 'Frida', 'Matilda', 'Agneta', 'Gunilla', 'Britt-Marie', 'Anna-Karin', 'Lisa',
  'Maja', 'Alva', 'Wilma', 'Elsa', 'Tova', 'Moa', 'Linnéa', 'Renée', 'Zoë', 'Ylva',
  'Åse', 'Sanna', 'Petra', 'Cecilia', 'Josefin', 'Amanda', 'Fatima', 'Amina', 'Leila', 'Yasmin',
  'Aisha', 'Mirela', 'Katarzyna', 'Ngoc', 'Siobhán', 'Sólveig', 'Tiina', 'Saga', 'Nora', 'Stina'
];

export const MALE_FIRST_NAMES: readonly string[] = [
  'Lars', 'Anders', 'Johan', 'Per', 'Erik', 'Karl', 'Peter', 'Thomas', 'Jan', 'Daniel',
  'Fredrik', 'Hans', 'Mikael', 'Stefan', 'Andreas', 'Magnus', 'Mats', 'Jonas', 'Niklas', 'Björn',
  'Martin', 'Marcus', 'Henrik', 'Patrik', 'Ola', 'Göran', 'Håkan', 'Bengt', 'Örjan', 'Åke',
  'Sören', 'Jörgen', 'Gösta', 'Olof', 'Per-Olof', 'Jan-Erik', 'Nils', 'Gustav', 'Axel', 'Oskar',
  'Viktor', 'Emil', 'Linus', 'Albin', 'Hugo', 'Elias', 'Isak', 'Anton', 'Filip', 'Ludvig',
  'Jesper', 'Tobias', 'Rickard', 'Kjell', 'Leif', 'Rolf', 'Ahmed', 'Mohammed', 'Ali', 'Hassan',
  'Omar', 'Tariq', 'Dragan', 'Piotr', 'Minh', 'Juha', 'José', 'André', 'Seán', 'Kenneth'
];

/** The most common Swedish surnames; drawn more often than the long tail, as on a real roster. */
export const COMMON_LAST_NAMES: readonly string[] = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson',
  'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg', 'Jakobsson', 'Magnusson', 'Olofsson'
];

export const OTHER_LAST_NAMES: readonly string[] = [
  'Lindström', 'Lindqvist', 'Lindgren', 'Berg', 'Axelsson', 'Bergström', 'Lundberg', 'Lind', 'Lundgren', 'Lundqvist',
  'Mattsson', 'Berglund', 'Fredriksson', 'Sandberg', 'Henriksson', 'Forsberg', 'Sjöberg', 'Wallin', 'Engström', 'Eklund',
  'Danielsson', 'Lundin', 'Håkansson', 'Björk', 'Bergman', 'Gunnarsson', 'Holm', 'Wikström', 'Samuelsson', 'Isaksson',
  'Fransson', 'Bergqvist', 'Nyström', 'Holmberg', 'Arvidsson', 'Löfgren', 'Söderberg', 'Nyberg', 'Blomqvist', 'Claesson',
  'Nordström', 'Mårtensson', 'Lundström', 'Viklund', 'Björklund', 'Eliasson', 'Pålsson', 'Berggren', 'Sandström', 'Lund',
  'Nordin', 'Ström', 'Åberg', 'Ekström', 'Holmgren', 'Hedlund', 'Sundberg', 'Dahlberg', 'Hellström', 'Sjögren',
  'Ek', 'Öberg', 'Åkesson', 'Hägg', 'Ståhl', 'Östlund', 'Ängquist', 'Ölund', 'Åström', 'Öhman',
  'Strömberg', 'Jämtgård', 'Bäckström', 'Hammarström', 'Fröberg', 'Krok', 'Dahlén', 'Lindén', 'Hedén', 'Forsén',
  'Ahmed', 'Ali', 'Hassan', 'Mohammed', 'Hussein', 'Nguyen', 'Tran', 'Kowalski', 'Nowak', 'Yilmaz',
  'Haddad', 'Khalil', 'Rahimi', 'Hosseini', 'Popović', 'Jovanović', 'Korhonen', 'Virtanen', 'Müller', 'Schmidt'
];

/** Drawn rarely (a few per thousand): enough apostrophes to exercise escaping, not a roster full of them. */
export const APOSTROPHE_LAST_NAMES: readonly string[] = ["O'Connor", "D'Souza", "N'Diaye", "D'Angelo", "O'Neill"];
