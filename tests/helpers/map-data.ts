import { runInNewContext } from 'node:vm';
import { pageMapData } from '../../src/map/map-data.ts';
import type { MapFile } from '../../src/map/map-file.ts';

/** The map data in the text of data/map.js, read by running it as the page does (in a sandbox with only `self`). */
export function readMapDataScript(text: string): MapFile {
  const self: Record<string, unknown> = {};
  runInNewContext(text, { self, JSON });
  const data = pageMapData(self);
  if (!data) throw new Error('data/map.js left no map data');
  return data;
}
