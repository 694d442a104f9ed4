import type { InsightsFile } from '../core/insights/map-insights.ts';
import type { NetworkMeasures } from '../core/insights/network-measures.ts';
import { oncePer } from './once-per.ts';
import type { PublishedSite } from './published-site.ts';

/** The care insights of every map (data/insights.json and the insights pages), worked out once per site, with its layout. */
export const siteInsights = (site: PublishedSite): InsightsFile => site.insights;

/** Degree and betweenness on the whole public graph, all maps together: graph.json, map.js and the exports. */
export const commonsMeasures = (site: PublishedSite): NetworkMeasures => site.measures;

/** Each element's rank by betweenness on each map (1: the highest; equal values share a rank), for the element pages. */
export const betweennessRanks: (site: PublishedSite) => Map<string, Map<string, number>> = oncePer((site) => {
  const ranks = new Map<string, Map<string, number>>();
  for (const [mapId, insights] of Object.entries(siteInsights(site).maps)) {
    const sorted = Object.entries(insights.elements).sort(([, a], [, b]) => b.betweenness - a.betweenness);
    const rank = new Map<string, number>();
    sorted.forEach(([id, m], k) => rank.set(id, k > 0 && sorted[k - 1]![1].betweenness === m.betweenness ? rank.get(sorted[k - 1]![0])! : k + 1));
    ranks.set(mapId, rank);
  }
  return ranks;
});
