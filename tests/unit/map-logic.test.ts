import { describe, expect, test } from 'vitest';
import { buildCareMapModel } from '../../src/map/care-map-model.ts';
import { filterOptions, knownFilters } from '../../src/map/filter-options.ts';
import { applyFilters, focusOn, noFilters, type CareMapFilters } from '../../src/map/filters.ts';
import { placeLabels } from '../../src/client/map/label-placement.ts';
import { relaxedPositions } from '../../src/client/map/relax.ts';
import { nodeRadius } from '../../src/appearance/node-size.ts';
import { stateFromQuery, stateToQuery } from '../../src/map/map-state.ts';
import { FILE } from '../helpers/small-map.ts';

/* The map's rules without a browser: what each filter shows, what a URL carries, how far focus walks, and that labels never overlap. */
const model = buildCareMapModel(FILE, 'one');

function shown(change: Partial<CareMapFilters>) {
  const result = applyFilters(model, { ...noFilters(), ...change });
  return {
    elements: model.nodes.filter((_, i) => result.nodes[i]).map((n) => n.id).sort(),
    connections: model.links.flatMap((_, l) => (result.links[l] ? [`${model.nodes[model.source[l]!]!.id}>${model.nodes[model.target[l]!]!.id}`] : [])).sort(),
  };
}

describe('filters', () => {
  test('a map holds its own elements and the connections between them', () => {
    expect(model.nodes.map((n) => n.id)).not.toContain('club');
    expect(model.links).toHaveLength(7);
    expect(shown({}).elements).toHaveLength(6);
  });

  test('options in a group add up; groups narrow each other', () => {
    expect(shown({ type: ['person'] }).elements).toEqual(['ann', 'bob']);
    expect(shown({ type: ['person', 'business'] }).elements).toEqual(['ann', 'bob', 'cafe', 'shop']);
    expect(shown({ type: ['person', 'business'], tag: ['volunteer'] }).elements).toEqual(['ann', 'bob']);
    expect(shown({ type: ['person', 'business'], tag: ['volunteer'], member: ['active'] }).elements).toEqual(['ann']);
  });

  test('a connection goes when either end is hidden', () => {
    expect(shown({ type: ['person', 'convening-partner'] }).connections).toEqual(['ann>coop', 'bob>coop']);
    expect(shown({ type: ['person'] }).connections).toEqual([]);
  });

  test('connection types hide connections, never elements', () => {
    const result = shown({ connection: ['inactive-commons-membership'] });
    expect(result.connections).toEqual(['bob>coop']);
    expect(result.elements).toHaveLength(6);
  });

  test('a care type shows its givers and receivers, the connections it flows through, and who offers it', () => {
    expect(shown({ care: ['shopping'] })).toEqual({ elements: ['ann', 'sam'], connections: ['ann>sam'] });
    // The shop offers meals to nobody on the map, but offering is enough to be found.
    expect(shown({ care: ['meals'] })).toEqual({ elements: ['cafe', 'sam', 'shop'], connections: ['cafe>sam'] });
    expect(shown({ form: ['formal'] })).toEqual({ elements: ['coop', 'sam'], connections: ['coop>sam'] });
  });

  test('inside or outside a support plan is about the connection; offering alone is not enough', () => {
    expect(shown({ plan: ['outside'] })).toEqual({ elements: ['cafe', 'sam'], connections: ['cafe>sam'] });
    expect(shown({ plan: ['inside'], form: ['informal'] })).toEqual({ elements: ['ann', 'sam'], connections: ['ann>sam'] });
  });

  test('membership keeps the convening partner with its members', () => {
    expect(shown({ member: ['inactive'] })).toEqual({ elements: ['bob', 'coop'], connections: ['bob>coop'] });
  });

  test('counts: elements an option shows on its own, connections for connection types', () => {
    const options = filterOptions(model);
    const count = (group: keyof CareMapFilters, value: string) => options[group].find((o) => o.value === value)?.count;
    expect(count('type', 'business')).toBe(2);
    expect(count('type', 'group')).toBe(0);
    expect(count('connection', 'commons-membership')).toBe(3);
    expect(count('care', 'meals')).toBe(3);
    expect(count('plan', 'inside')).toBe(3);
    // What the choice shows: the three active members and the co-op that convenes them.
    expect(count('member', 'active')).toBe(4);
    expect(count('tag', 'volunteer')).toBe(2);
    expect(options.tag.map((t) => t.value)).toEqual(['volunteer', 'driver', 'garden']);
    expect(knownFilters({ ...noFilters(), tag: ['volunteer', 'nowhere'] }, options).tag).toEqual(['volunteer']);
  });
});

describe('focus', () => {
  test('walks shown connections one to three steps out', () => {
    const all = applyFilters(model, noFilters());
    const ids = (depth: number, root = 'bob') => model.nodes.filter((_, i) => focusOn(model, all, model.indexOf.get(root)!, depth).nodes[i]).map((n) => n.id).sort();
    expect(ids(1)).toEqual(['bob', 'coop']);
    expect(ids(2)).toEqual(['ann', 'bob', 'cafe', 'coop', 'sam']);
    expect(ids(3)).toEqual(['ann', 'bob', 'cafe', 'coop', 'sam']);
    expect(ids(1, 'shop')).toEqual(['shop']);
  });
});

describe('the URL', () => {
  test('carries selection, focus and filters, in a stable order', () => {
    const state = { select: 'ann', focus: 2 as const, filters: { ...noFilters(), type: ['person', 'business'] as CareMapFilters['type'], tag: ['a b', 'x&y'] } };
    const query = stateToQuery(state);
    expect(query).toBe('?select=ann&focus=2&type=business&type=person&tag=a+b&tag=x%26y');
    expect(stateFromQuery(query)).toEqual({ ...state, filters: { ...state.filters, type: ['business', 'person'] } });
  });

  test('carries the list view and the search text', () => {
    const state = { select: null, focus: 0 as const, filters: { ...noFilters(), tag: ['volunteer'] }, list: true, query: 'meals & more' };
    const query = stateToQuery(state);
    expect(query).toBe('?tag=volunteer&view=list&q=meals+%26+more');
    expect(stateFromQuery(query)).toEqual(state);
    // Closed and empty are the plain map; blank text and other views are nothing.
    expect(stateToQuery({ select: null, focus: 0, filters: noFilters(), list: false, query: '  ' })).toBe('');
    expect(stateFromQuery('?view=map&q=%20')).toEqual({ select: null, focus: 0, filters: noFilters() });
  });

  test('ignores focus without a selection, and nonsense depths', () => {
    expect(stateFromQuery('?focus=2').focus).toBe(0);
    expect(stateFromQuery('?select=a&focus=9').focus).toBe(0);
    expect(stateToQuery({ select: null, focus: 0, filters: noFilters() })).toBe('');
  });
});

describe('labels', () => {
  test('are placed in priority order without overlapping each other or symbols', () => {
    const boxes = [
      { x: 100, y: 100, width: 80, height: 15 },
      { x: 120, y: 105, width: 80, height: 15 },
      { x: 300, y: 100, width: 80, height: 15 },
      { x: 500, y: 100, width: 80, height: 15 },
    ];
    const symbol = { x: 500, y: 95, width: 20, height: 20 };
    const only = (i: number) => [{ side: 0, box: boxes[i]! }];
    const ids = (placed: { i: number }[]) => placed.map(({ i }) => i);
    expect(ids(placeLabels([0, 1, 2, 3], only, 10, [symbol]))).toEqual([0, 2]);
    expect(ids(placeLabels([1, 0], only, 10))).toEqual([1]);
    expect(ids(placeLabels([3], only, 10, [symbol], () => 'forced'))).toEqual([3]);
    expect(ids(placeLabels([0, 3, 1], only, 10, [symbol], () => 'over-symbols'))).toEqual([0, 3]);
    expect(ids(placeLabels([0, 2, 3], only, 1))).toEqual([0]);
  });

  test('go to the next place offered when the first is taken, and are left out when every one is', () => {
    const below = { side: 0, box: { x: 100, y: 110, width: 80, height: 15 } };
    const right = { side: 1, box: { x: 150, y: 95, width: 80, height: 15 } };
    const symbol = { x: 100, y: 115, width: 20, height: 20 };
    // Below is on another symbol: the label goes to the right.
    expect(placeLabels([0], () => [below, right], 10, [symbol])).toEqual([{ i: 0, side: 1 }]);
    // Its one free place taken by an earlier label: none.
    expect(placeLabels([0, 1], (i) => (i === 0 ? [right] : [below, right]), 10, [symbol])).toEqual([{ i: 0, side: 1 }]);
    // Nowhere offered (every place past the edge): none.
    expect(placeLabels([0], () => [], 10)).toEqual([]);
    // The selection's label takes its first place, whatever it overlaps.
    expect(placeLabels([0], () => [below, right], 10, [symbol], () => 'forced')).toEqual([{ i: 0, side: 0 }]);
  });
});

describe('relaxation', () => {
  const home = { x: Float64Array.from(model.nodes, (_, i) => i * 8), y: Float64Array.from(model.nodes, (_, i) => (i % 2) * 5) };

  test('spreads what is shown apart, the same way every time, and leaves the rest where it was', () => {
    const shown = applyFilters(model, { ...noFilters(), type: ['person', 'supported-person', 'business'] });
    const relaxed = relaxedPositions(model, shown, home);
    expect(relaxedPositions(model, shown, home)).toEqual(relaxed);
    const on = model.nodes.map((_, i) => i).filter((i) => shown.nodes[i]);
    const off = model.nodes.map((_, i) => i).filter((i) => !shown.nodes[i]);
    expect(on.length).toBeGreaterThan(2);
    for (const i of off) expect([relaxed.x[i], relaxed.y[i]]).toEqual([home.x[i], home.y[i]]);
    // Symbols that started on top of each other end apart, and near where they were.
    for (const i of on) {
      expect(Math.hypot(relaxed.x[i]! - home.x[i]!, relaxed.y[i]! - home.y[i]!)).toBeLessThan(150);
      for (const j of on) {
        if (j <= i) continue;
        const apart = Math.hypot(relaxed.x[i]! - relaxed.x[j]!, relaxed.y[i]! - relaxed.y[j]!);
        expect(apart).toBeGreaterThan(nodeRadius(model.degree[i]!) + nodeRadius(model.degree[j]!));
      }
    }
  });

  test('keeps the build positions when everything is shown', () => {
    const all = applyFilters(model, noFilters());
    const kept = relaxedPositions(model, all, home);
    expect([...kept.x]).toEqual([...home.x]);
    expect([...kept.y]).toEqual([...home.y]);
  });
});
