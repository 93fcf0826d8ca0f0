// The themes a light page never needs, in their own chunk (themes.ts loads it): about 2 KB gzipped of every web part.
export { teamsHighContrastTheme, webDarkTheme } from '@fluentui/react-components';
