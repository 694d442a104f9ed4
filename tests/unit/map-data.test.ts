import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { MAP_DATA_GLOBAL, mapDataScript, pageMapData } from '../../src/map/map-data.ts';
import type { MapFile } from '../../src/map/map-file.ts';
import { readMapDataScript } from '../helpers/map-data.ts';

/** Names as contributors might write them: quotes, backslashes, closing tags, line separators, template syntax. */
const NAMES = ['Dot "Dash" O\'Neil', 'C:\\care\\path', '</script><script>alert(1)</script>', 'line\u2028separator\u2029paragraph', '${alert(1)}`tick`', 'new\nline\ttab', 'Zoë 🌱 Café', '\\u0022 not an escape'];

const FILE: MapFile = {
  maps: [{ id: 'main', title: 'Main', default: true, order: 1 }],
  careTypes: { formal: {}, informal: { meals: 'Meals "hot"' } },
  nodes: NAMES.map((name, i) => ({ id: `e-${i}`, name, type: 'person', x: i * 1.5, y: 1 - i })),
  links: [{ source: 0, target: 1, type: 'commons-membership', care: { formal: [], informal: ['meals'] } }],
};

describe('data/map.js', () => {
  test('carries the map data exactly, whatever characters the names hold', () => {
    expect(readMapDataScript(mapDataScript(FILE))).toEqual(FILE);
  });

  test('is one statement that sets the one global the map reads, and nothing else', () => {
    const script = mapDataScript(FILE);
    expect(script.trimEnd().split('\n')).toHaveLength(1);
    const self: Record<string, unknown> = {};
    const context: Record<string, unknown> = { self, JSON };
    runInNewContext(script, context);
    expect(Object.keys(self)).toEqual([MAP_DATA_GLOBAL]);
    expect(Object.keys(context).sort()).toEqual(['JSON', 'self']);
  });

  test('the map finds no data when the script did not run', () => {
    expect(pageMapData({})).toBeNull();
    expect(pageMapData({ [MAP_DATA_GLOBAL]: FILE })).toBe(FILE);
  });
});
