import type { MapFile } from './map-file.ts';

/**
 * `data/map.js`: the map data (a MapFile: what drawing and filtering need) as
 * a classic script that leaves it in one global. The map page lists it just
 * before its own script, both deferred, so it has run by the time
 * `<care-map>` starts: the map is drawn in the same task, without the tasks a
 * `fetch()` and `response.json()` need, in between which the browser would
 * lay out and paint the page once more without its map (docs/performance.md).
 */
export const MAP_DATA_GLOBAL = 'careMapData';

/**
 * The text of data/map.js. The data is JSON inside a string literal: V8
 * reads that faster than the same object written as JavaScript, and the
 * second encoding escapes every quote, backslash and line break of names.
 */
export function mapDataScript(file: MapFile): string {
  return `self.${MAP_DATA_GLOBAL}=JSON.parse(${JSON.stringify(JSON.stringify(file))});\n`;
}

/** The map data data/map.js left on the page, or null if it did not load. */
export function pageMapData(scope: object = globalThis): MapFile | null {
  return (scope as Record<string, MapFile | undefined>)[MAP_DATA_GLOBAL] ?? null;
}
