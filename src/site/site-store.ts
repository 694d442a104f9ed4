import { formatText } from '../cli/format.ts';
import { prepareSite, type PublishedSite } from './published-site.ts';

const KEY = Symbol.for('care-commons-map.published-site');
type Store = { [KEY]?: PublishedSite };

/** Hands the prepared site to the Astro pages rendered in this same process. */
export function shareSite(site: PublishedSite): void {
  (globalThis as Store)[KEY] = site;
}

/**
 * The site the pages render. `care-map build` prepares it once and shares it;
 * under `astro dev` it is prepared here, afresh on each request so edits show.
 */
export async function getSite(): Promise<PublishedSite> {
  const shared = (globalThis as Store)[KEY];
  if (shared) return shared;
  const result = await prepareSite(process.env['CARE_MAP_CONTENT'] || 'content');
  if (!result.site) {
    throw new Error(`the content has errors:\n${result.diagnostics.filter((d) => d.severity === 'error').map(formatText).join('\n')}`);
  }
  return result.site;
}
