/**
 * Radius of an element on the map, in layout units (the build lays elements
 * out about 26 units apart). It grows with the square root of the number of
 * connections, so hubs stand out without swallowing their neighbours.
 */
export function nodeRadius(degree: number): number {
  return Math.min(4 + 1.7 * Math.sqrt(degree), 20);
}

/** Degrees the legend uses to explain size. */
export const LEGEND_DEGREES = [1, 8, 40] as const;

/** What a symbol's size shows: its connections (the default) or its betweenness, chosen beside the legend. */
export type NodeSizing = 'degree' | 'betweenness';

/**
 * Radius for a betweenness, as a share of the map's highest (0–1): the same
 * range as by degree, by the square root again, so the element that bridges
 * most is as large as the largest hub.
 */
export function betweennessRadius(share: number): number {
  return 4 + 16 * Math.sqrt(Math.max(0, Math.min(1, share)));
}
