import { localeFromCulture, themeFromPageSection, themeFromTeams } from '../../../src/ui/shell/host-settings';

describe('a host\'s language and theme, as the SPFx shells and the workbench read them', () => {
  test.each([
    ['sv-SE', 'sv'],
    ['en-US', 'en'],
    ['EN-gb', 'en'],
    ['fi-FI', 'sv'],
    [undefined, 'sv']
  ] as const)('UI culture %s gives %s (Swedish first)', (culture, locale) => {
    expect(localeFromCulture(culture)).toBe(locale);
  });

  test.each([
    ['default', 'light'],
    ['dark', 'dark'],
    ['contrast', 'high-contrast'],
    [undefined, 'light']
  ] as const)('the Teams theme %s gives %s', (teams, theme) => {
    expect(themeFromTeams(teams)).toBe(theme);
  });

  test('an inverted page section is dark, any other light', () => {
    expect(themeFromPageSection(true)).toBe('dark');
    expect(themeFromPageSection(false)).toBe('light');
    expect(themeFromPageSection(undefined)).toBe('light');
  });
});
