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
