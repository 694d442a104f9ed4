/** The browser script of each kind of page, by its source (src/client/), which Vite serves as it is under `astro dev`. */
export const PAGE_SCRIPTS = {
  map: 'src/client/map-page.ts',
  directory: 'src/client/directory-page.ts',
  add: 'src/client/add-page.ts',
} as const;

export type PageScript = keyof typeof PAGE_SCRIPTS;

/** A page script as the page loads it, its files from the site's root. */
export interface ScriptFiles {
  /** `_astro/map-page.<hash>.js`. */
  src: string;
  /**
   * The chunks it imports before it runs, at any depth: the page announces
   * them (`<link rel="modulepreload">`) so they download beside the script,
   * not one round trip after it. The lazy chunks are not among them.
   */
  preload: string[];
}
