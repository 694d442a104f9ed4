import type { Diagnostic } from '../core/diagnostic.ts';
import { today } from '../core/calendar.ts';
import { reviewQueue } from '../core/review.ts';
import { commonsInsights, type InsightsFile } from '../core/insights/map-insights.ts';
import { wholeCommons } from '../core/insights/map-slice.ts';
import { networkMeasures, type NetworkMeasures } from '../core/insights/network-measures.ts';
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
  /** Anonymised entries due for review: the review page counts them, never names them. */
  anonymisedDueForReview?: number;
  /** The care insights of every map: data/insights.json and the insights pages. */
  insights: InsightsFile;
  /** Degree and betweenness on the whole public graph, all maps together: graph.json, map.js and the exports. */
  measures: NetworkMeasures;
}

/** What the site is built from besides the commons and the layout, worked out from them once. */
export type SiteMeasures = Pick<PublishedSite, 'insights' | 'measures'>;

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

/** The care insights of every map and the measures of the whole commons, from the public projection alone. */
export function siteMeasures(commons: PublicCommons, day: string = today()): SiteMeasures {
  const whole = wholeCommons(commons);
  return {
    insights: commonsInsights(commons, { today: day }),
    measures: networkMeasures(
      whole.elements.map((e) => e.id),
      whole.connections,
    ),
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
  return { site: { contentDir, commons, positions: mapPositions(commons), anonymisedDueForReview, ...siteMeasures(commons, options.today) }, diagnostics };
}
