/** The browser script of each kind of page, by its source (src/client/), which Vite serves as it is under `astro dev`. */
export const PAGE_SCRIPTS = {
  map: 'src/client/map-page.ts',
  directory: 'src/client/directory-page.ts',
  add: 'src/client/add-page.ts',
} as const;

export type PageScript = keyof typeof PAGE_SCRIPTS;
