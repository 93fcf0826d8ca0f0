import { DEFAULT_MAX_TEXT, escapeCardMarkdown, oneLine } from '../../../bot/cards/card-markdown';

const WJ = '\u2060';

/** Issue 9: text from the registers is escaped for the card's markdown (card-markdown.ts gives the rules and the research). */
describe('escapeCardMarkdown: register text shows as written in a Teams card', () => {
  test.each([
    ['plain Swedish text is untouched', 'Journaluppgifter i TakeCare åäö', 'Journaluppgifter i TakeCare åäö'],
    ['emphasis with stars', '*bold* **strong**', '\\*bold\\* \\*\\*strong\\*\\*'],
    ['emphasis with underscores', '__viktigt__ snake_case', '\\_\\_viktigt\\_\\_ snake\\_case'],
    ['a link, javascript: included', '[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['an image', '![bild](https://example.com/a.png)', '!\\[bild\\](https://example.com/a.png)'],
    ['the date function', '{{DATE(2017-02-14T06:08:39Z, SHORT)}}', `{${WJ}{DATE(2017-02-14T06:08:39Z, SHORT)}}`],
    ['the time function', 'kl {{TIME(2017-02-14T06:08:39Z)}}', `kl {${WJ}{TIME(2017-02-14T06:08:39Z)}}`],
    ['three braces', '{{{x', `{${WJ}{${WJ}{x`],
    ['an ordered list at the start', '1. Första systemet', '1\\. Första systemet'],
    ['an ordered list with a parenthesis', '12) Tolfte', '12\\) Tolfte'],
    ['a number mid-text stays plain', 'Version 1. Utkast', 'Version 1. Utkast'],
    ['a year with a dot at the start, not followed by a space', '2026.03 rapport', '2026.03 rapport'],
    ['a bullet with a hyphen', '- Punkt', '\\- Punkt'],
    ['a bullet with a plus', '+ Punkt', '\\+ Punkt'],
    ['a hyphenated name stays plain', 'Anna-Karin Berg-Ek', 'Anna-Karin Berg-Ek'],
    ['a heading', '# Rubrik', '\\# Rubrik'],
    ['HTML', '<b>fet</b> <script>x</script>', '\\<b\\>fet\\</b\\> \\<script\\>x\\</script\\>'],
    ['a Teams mention tag', '<at>Åsa</at>', '\\<at\\>Åsa\\</at\\>'],
    ['an entity', 'R&D &amp; &#65;', 'R&D \\&amp; \\&#65;'],
    ['code, strike-through, quote, table, backslash', '`kod` ~~x~~ > y | z \\ w', '\\`kod\\` \\~\\~x\\~\\~ \\> y \\| z \\\\ w'],
    ['line breaks that would start a list', 'Rad ett\nRad två\n\n- tredje', 'Rad ett Rad två - tredje'],
    ['tabs and control characters', 'a\tb\u0000c\u2028d', 'a b c d'],
    ['leading and trailing space', '   namn   ', 'namn']
  ])('%s', (_, input, expected) => {
    expect(escapeCardMarkdown(input)).toBe(expected);
  });

  test('a long name is clipped with an ellipsis before escaping, never inside an escape or a surrogate pair', () => {
    const long = `${'*'.repeat(300)}`;
    const escaped = escapeCardMarkdown(long, 10);
    expect(escaped).toBe(`${'\\*'.repeat(9)}…`);
    const emoji = '😀'.repeat(20);
    expect(oneLine(emoji, 5)).toBe(`${'😀'.repeat(4)}…`);
    expect(Array.from(oneLine('x'.repeat(1000))).length).toBe(DEFAULT_MAX_TEXT);
  });
});
