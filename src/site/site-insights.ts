import { oncePer } from './once-per.ts';
import type { PublishedSite } from './published-site.ts';

/** Each element's rank by betweenness on each map (1: the highest; equal values share a rank), for the element pages. */
export const betweennessRanks: (site: PublishedSite) => Map<string, Map<string, number>> = oncePer((site) => {
  const ranks = new Map<string, Map<string, number>>();
  for (const [mapId, insights] of Object.entries(site.insights.maps)) {
    const sorted = Object.entries(insights.elements).sort(([, a], [, b]) => b.betweenness - a.betweenness);
    const rank = new Map<string, number>();
    sorted.forEach(([id, m], k) => rank.set(id, k > 0 && sorted[k - 1]![1].betweenness === m.betweenness ? rank.get(sorted[k - 1]![0])! : k + 1));
    ranks.set(mapId, rank);
  }
  return ranks;
});
