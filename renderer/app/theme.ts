import {
  createTheme,
  DEFAULT_THEME,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

// Mantine's darkest shades are too light for text at 4.5:1 (WCAG AA) on white or on a light tint
// (teal 8 under white text 3.94:1, orange 9 on its tint 3.91:1): the last shades are darkened so
// every text colour drawn from them, and white on the filled buttons, reads at 4.5:1 or more.
const darker = (name: string, shade8: string, shade9: string): MantineColorsTuple => {
  const c = DEFAULT_THEME.colors[name]!;
  return [c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], shade8, shade9];
};

const colors = {
  teal: darker('teal', '#087f5b', '#066649'),
  red: darker('red', '#c92a2a', '#b02525'),
  orange: darker('orange', '#b85300', '#a64b00'),
  green: darker('green', '#237a35', '#1e6b2d'),
  yellow: darker('yellow', '#946200', '#8a5a00'),
};

const TINTED = ['teal', 'red', 'orange', 'green', 'yellow', 'blue', 'cyan', 'grape', 'gray'];

/** Text on light tints (badges, light buttons, the active navigation item) and dimmed text. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...Object.fromEntries(
      TINTED.map((c) => [`--mantine-color-${c}-light-color`, `var(--mantine-color-${c}-9)`]),
    ),
  },
  dark: {},
});

// Dense but calm: compact controls, generous contrast, one accent colour, no decoration.
export const theme = createTheme({
  colors,
  primaryColor: 'teal',
  primaryShade: 8,
  defaultRadius: 'sm',
  fontFamily:
    '"Segoe UI", "Noto Sans", "Helvetica Neue", Arial, system-ui, -apple-system, sans-serif',
  fontSizes: { xs: '12px', sm: '13px', md: '14px', lg: '16px', xl: '18px' },
  headings: { fontWeight: '600' },
  focusRing: 'always',
  components: {
    TextInput: { defaultProps: { size: 'sm' } },
    Select: { defaultProps: { size: 'sm' } },
    Button: { defaultProps: { size: 'sm' } },
    // A dialog's or drawer's <header> would be a second banner landmark beside the app's.
    Modal: { defaultProps: { attributes: { header: { role: 'none' } } } },
    Drawer: { defaultProps: { attributes: { header: { role: 'none' } } } },
  },
});
