import type { Diagnostic } from '../core/diagnostic.ts';
import { today } from '../core/calendar.ts';
import { reviewQueue } from '../core/review.ts';
import { commonsInsights, type InsightsFile } from '../core/insights/map-insights.ts';
import { wholeCommons } from '../core/insights/map-slice.ts';
import { networkMeasures, type NetworkMeasures } from '../core/insights/network-measures.ts';
import { layoutMap, type Point } from '../core/layout/force-layout.ts';
import { isNamed, projectPublic, type PublicCommons } from '../core/projection/public-commons.ts';
import { loadContent, type LoadOptions } from '../load/load-content.ts';
import { basePath } from './base-path.js';
import { renderMarkdown } from './markdown.ts';
import { opaqueIdMaker } from './opaque-id.ts';

/** What the site is built from: the public projection and the map's settled layout. */
export interface PublishedSite {
  /** The content folder it was made from, as given. */
  contentDir: string;
  commons: PublicCommons;
  /** Position of every public element, by public id. */
  positions: ReadonlyMap<string, Point>;
  /** Anonymised entries due for review: the review page counts them, never names them. */
  anonymisedDueForReview?: number;
  /** The care insights of every map: data/insights.json and the insights pages. */
  insights: InsightsFile;
  /** Degree and betweenness on the whole public graph, all maps together: graph.json, map.js and the exports. */
  measures: NetworkMeasures;
  /** The Markdown of each public element's description and each map's intro, as sanitised HTML, by id ('' for none). */
  descriptions: { elements: ReadonlyMap<string, string>; maps: ReadonlyMap<string, string> };
}

/** What the site is built from besides the commons and the layout, worked out from them once. */
export type SiteDerived = Pick<PublishedSite, 'insights' | 'measures' | 'descriptions'>;

export interface PrepareResult {
  site?: PublishedSite;
  diagnostics: Diagnostic[];
}

export type PrepareOptions = LoadOptions & { env?: NodeJS.ProcessEnv };

/** The content, checked and projected: `commons` is absent when it could not be read as a whole. */
export interface CheckedCommons {
  commons?: PublicCommons;
  diagnostics: Diagnostic[];
  anonymisedDueForReview?: number;
}

/** load → validate → project (privacy). Nothing after this sees private data. */
export async function checkedCommons(contentDir: string, options: PrepareOptions = {}): Promise<CheckedCommons> {
  const result = await loadContent(contentDir, options);
  if (!result.commons) return { diagnostics: result.diagnostics };
  // Hidden entries are not counted: they appear nowhere on the site, not even as a number.
  const anonymisedDueForReview = reviewQueue(result.commons, options.today ?? today()).filter((item) => item.privacy === 'anonymised').length;
  return { commons: projectPublic(result.commons, { opaqueId: opaqueIdMaker(result.commons, options.env) }), diagnostics: result.diagnostics, anonymisedDueForReview };
}

/** The map's settled layout: every public element's position. */
export function mapPositions(commons: PublicCommons): Map<string, Point> {
  return layoutMap(commons.elements, commons.connections);
}

/**
 * The care insights of every map, the measures of the whole commons and the
 * descriptions as HTML, from the public projection alone. `base` is where the
 * site is served ("/", "/care-map"): links written from the site's root go under it.
 */
export function siteDerived(commons: PublicCommons, options: { base: string; today?: string }): SiteDerived {
  const whole = wholeCommons(commons);
  const html = (markdown: string) => (markdown.trim() ? renderMarkdown(markdown, { base: options.base }) : '');
  return {
    insights: commonsInsights(commons, { today: options.today ?? today() }),
    measures: networkMeasures(
      whole.elements.map((e) => e.id),
      whole.connections,
    ),
    descriptions: {
      elements: new Map(commons.elements.filter(isNamed).map((e) => [e.id, html(e.body)])),
      maps: new Map(commons.maps.map((m) => [m.id, html(m.intro)])),
    },
  };
}

/**
 * load → validate → project (privacy) → lay out, all in this thread (`astro
 * dev`). `care-map build` runs the same steps in a worker thread instead
 * (background-site.ts), so that Astro starts while the layout runs.
 */
export async function prepareSite(contentDir: string, options: PrepareOptions = {}): Promise<PrepareResult> {
  const { commons, diagnostics, anonymisedDueForReview = 0 } = await checkedCommons(contentDir, options);
  if (!commons) return { diagnostics };
  const base = basePath(options.env ?? process.env);
  return { site: { contentDir, commons, positions: mapPositions(commons), anonymisedDueForReview, ...siteDerived(commons, { base, today: options.today }) }, diagnostics };
}
