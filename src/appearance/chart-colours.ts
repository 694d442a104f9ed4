/** Colours of the insights charts: formal and informal care as the element pages draw them (Okabe–Ito, safe for colour-blind readers). */
export const CHART_COLOURS = {
  formal: '#0072B2',
  informal: '#009E73',
  offered: '#E69F00',
  active: '#0072B2',
  inactive: '#8c8c8c',
  people: '#8a3b5f',
  total: '#1f2937',
} as const;
