import { createTheme } from '@mantine/core';

// Dense but calm: compact controls, generous contrast, one accent colour, no decoration.
export const theme = createTheme({
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
  },
});
