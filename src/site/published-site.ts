import type { Diagnostic } from '../core/diagnostic.ts';
import { layoutMap, type Point } from '../core/layout/force-layout.ts';
import { projectPublic, type PublicCommons } from '../core/projection/public-commons.ts';
import { loadContent, type LoadOptions } from '../load/load-content.ts';
import { opaqueIdMaker } from './opaque-id.ts';

/** What the site is built from: the public projection and the map's settled layout. */
export interface PublishedSite {
  /** The content folder it was made from, as given. */
  contentDir: string;
  commons: PublicCommons;
  /** Position of every public element, by public id. */
  positions: ReadonlyMap<string, Point>;
}

export interface PrepareResult {
  site?: PublishedSite;
  diagnostics: Diagnostic[];
}

/** load → validate → project (privacy) → lay out. Nothing after this sees private data. */
export async function prepareSite(contentDir: string, options: LoadOptions & { env?: NodeJS.ProcessEnv } = {}): Promise<PrepareResult> {
  const result = await loadContent(contentDir, options);
  if (!result.commons) return { diagnostics: result.diagnostics };
  const commons = projectPublic(result.commons, { opaqueId: opaqueIdMaker(result.commons, options.env) });
  const positions = layoutMap(commons.elements, commons.connections);
  return { site: { contentDir, commons, positions }, diagnostics: result.diagnostics };
}
