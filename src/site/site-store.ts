import { formatText } from '../core/diagnostic-format.ts';
import { PAGE_SCRIPTS, type PageScript, type ScriptFiles } from './page-scripts.ts';
import type { PublishedSite } from './published-site.ts';

const KEY = Symbol.for('care-commons-map.published-site');
const SCRIPTS = Symbol.for('care-commons-map.browser-scripts');
type Store = { [KEY]?: PublishedSite | Promise<PublishedSite>; [SCRIPTS]?: Promise<Record<PageScript, ScriptFiles>> };

/**
 * Hands the prepared site to the Astro pages rendered in this same process.
 * It may still be on its way (the layout runs in a worker while Astro starts):
 * the pages wait for it.
 */
export function shareSite(site: PublishedSite | Promise<PublishedSite>): void {
  (globalThis as Store)[KEY] = site;
}

/**
 * The site the pages render. `care-map build` prepares it once and shares it;
 * under `astro dev` it is prepared here, afresh on each request so edits show.
 */
export async function getSite(): Promise<PublishedSite> {
  const shared = (globalThis as Store)[KEY];
  if (shared) return shared;
  // In a build, Vite replaces DEV with false and leaves the loader out of the server bundle (about 35
  // modules: js-yaml, zod, the rules, the layout): `care-map build` prepares the site in a worker instead.
  if (!import.meta.env.DEV) throw new Error('no prepared site: build with `npm run build` (care-map build), not `astro build` alone');
  const { prepareSite } = await import('./published-site.ts');
  const result = await prepareSite(process.env['CARE_MAP_CONTENT'] || 'content');
  if (!result.site) {
    throw new Error(`the content has errors:\n${result.diagnostics.filter((d) => d.severity === 'error').map(formatText).join('\n')}`);
  }
  return result.site;
}

/** Hands the pages the files of the browser's scripts, which `care-map build` compiles while Astro starts. */
export function shareBrowserScripts(entries: Promise<Record<PageScript, ScriptFiles>>): void {
  (globalThis as Store)[SCRIPTS] = entries;
}

/**
 * The files, from the site's root, of the script a kind of page runs: the ones
 * `care-map build` compiled, or under `astro dev`, which has none, its source,
 * which Vite compiles as it is asked for, so edits show on the next load.
 * (Not import.meta.env.DEV: Vite sets that in a build too when NODE_ENV is
 * neither unset nor "production", as under a test runner.)
 */
export async function browserScript(name: PageScript): Promise<ScriptFiles> {
  const shared = (globalThis as Store)[SCRIPTS];
  return shared ? (await shared)[name] : { src: PAGE_SCRIPTS[name], preload: [] };
}
