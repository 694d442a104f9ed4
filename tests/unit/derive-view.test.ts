import { describe, expect, test } from 'vitest';
import { buildCareMapModel } from '../../src/map/care-map-model.ts';
import { deriveView, searchChoice, statusText, type MapView } from '../../src/map/derive-view.ts';
import { noFilters, type CareMapFilters } from '../../src/map/filters.ts';
import type { CareMapState, FocusDepth } from '../../src/map/map-state.ts';
import { FILE } from '../helpers/small-map.ts';

/*
 * What the map shows for a state, across filters × focus × search, on the
 * small commons of tests/helpers/small-map.ts: the co-op convenes Ann, the
 * Café and Sam (members) and Bob (inactive); the co-op and Ann support Sam in
 * a plan, the Café outside it; the Shop stands alone; the Club is on map two.
 */
const model = buildCareMapModel(FILE, 'one');
const index = (id: string) => model.indexOf.get(id)!;
const ids = (part: { nodes: number[] } | Uint8Array) =>
  (part instanceof Uint8Array ? [...part.keys()].filter((i) => part[i]) : part.nodes).map((i) => model.nodes[i]!.id).sort();
const linkNames = (links: number[] | Uint8Array) =>
  (links instanceof Uint8Array ? [...links.keys()].filter((l) => links[l]) : links).map((l) => `${model.nodes[model.source[l]!]!.id}>${model.nodes[model.target[l]!]!.id}`).sort();

function state(select: string | null, focus: FocusDepth = 0, filters: Partial<CareMapFilters> = {}): CareMapState {
  return { select, focus, filters: { ...noFilters(), ...filters } };
}

const view = (s: CareMapState, previous?: MapView) => deriveView(model, s, { file: FILE, previous });

describe('deriveView: selection', () => {
  test('nothing selected: the filtered map, nothing lit, no notice', () => {
    const v = view(state(null));
    expect(v.selected).toBe(-1);
    expect(ids(v.shown.nodes)).toEqual(['ann', 'bob', 'cafe', 'coop', 'sam', 'shop']);
    expect(v.lit).toEqual({ nodes: [], links: [] });
    expect(v.notice).toBe('');
    expect(statusText(model, v)).toBe('All 6 elements, 7 connections.');
  });

  test('a selection lights itself, its neighbours and the connections between them', () => {
    const v = view(state('cafe'));
    expect(v.selected).toBe(index('cafe'));
    expect(ids(v.lit)).toEqual(['cafe', 'coop', 'sam']);
    expect(linkNames(v.lit.links)).toEqual(['cafe>coop', 'cafe>sam']);
    expect(statusText(model, v)).toBe('All 6 elements, 7 connections. Selected: cafe.');
  });

  test('an element on another map is not selected, and the notice names the map it is on', () => {
    const v = view(state('club', 2));
    expect(v.selected).toBe(-1);
    expect(v.focus).toBe(0);
    expect(v.state).toEqual(state(null));
    expect(v.notice).toBe('club is not on this map; it is on Two. ');
  });

  test('an unknown element: a plain notice', () => {
    expect(view(state('nobody')).notice).toBe('That element is not on this map. ');
  });
});

describe('deriveView: filters × focus', () => {
  test('focus shows the neighbourhood within what the filters show, all of it lit', () => {
    const whole = view(state('sam', 1));
    expect(ids(whole.shown.nodes)).toEqual(['ann', 'cafe', 'coop', 'sam']);
    expect(ids(whole.lit)).toEqual(['ann', 'cafe', 'coop', 'sam']);
    expect(statusText(model, whole)).toBe('4 of 6 elements, 6 connections. Selected: sam.');

    // Only support-plan connections: Sam's neighbourhood loses the Café's link, so the Café is out of reach.
    const plan = view(state('sam', 1, { connection: ['shared-support-plan'] }));
    expect(ids(plan.shown.nodes)).toEqual(['ann', 'coop', 'sam']);
    expect(linkNames(plan.shown.links)).toEqual(['ann>sam', 'coop>sam']);
  });

  test('focus walks one to three steps, and never past what the filters hide', () => {
    const bobDepth = (focus: FocusDepth, filters: Partial<CareMapFilters> = {}) => ids(view(state('bob', focus, filters)).shown.nodes);
    expect(bobDepth(1)).toEqual(['bob', 'coop']);
    expect(bobDepth(2)).toEqual(['ann', 'bob', 'cafe', 'coop', 'sam']);
    // Only support plans: Bob's one connection is a membership, so two steps out reach nobody.
    expect(bobDepth(2, { connection: ['shared-support-plan'] })).toEqual(['bob']);
  });

  test('without focus, a selection the filters hide is dropped, and the status says why', () => {
    const noPeople = view(state('bob', 0, { type: ['business', 'convening-partner', 'supported-person'] }));
    expect(noPeople.selected).toBe(-1);
    expect(noPeople.state.select).toBeNull();
    expect(noPeople.notice).toBe('bob is hidden by the filters. ');
    expect(ids(noPeople.shown.nodes)).toEqual(['cafe', 'coop', 'sam', 'shop']);
  });

  test('in focus, filters narrow the neighbourhood (AND): the selection and the focus stay, and the status says so', () => {
    // Sam's neighbourhood is the co-op, Ann and the Café; only businesses leaves the Café, and Sam at the centre.
    const v = view(state('sam', 1, { type: ['business'] }));
    expect(v.selected).toBe(index('sam'));
    expect(v.focus).toBe(1);
    expect(v.state).toEqual(state('sam', 1, { type: ['business'] }));
    expect(ids(v.shown.nodes)).toEqual(['cafe', 'sam']);
    expect(linkNames(v.shown.links)).toEqual(['cafe>sam']);
    expect(v.notice).toBe('The filters narrow the focus around sam. ');
    // The filters alone would not show Sam: search still treats Sam as filtered out.
    expect(v.filtered.nodes[index('sam')]).toBe(0);
    // Two steps out, the filters still hold: the Shop, a business Sam cannot reach, stays hidden.
    expect(ids(view(state('sam', 2, { type: ['business'] })).shown.nodes)).toEqual(['cafe', 'sam']);
    // A care filter narrows the same way: only the connection carrying meals is left around Ann.
    expect(ids(view(state('ann', 2, { care: ['meals'] })).shown.nodes)).toEqual(['ann']);
  });

  test('a filter that keeps the selection keeps its focus', () => {
    const v = view(state('sam', 1, { care: ['meals'] }));
    expect(v.selected).toBe(index('sam'));
    expect(v.focus).toBe(1);
    expect(ids(v.shown.nodes)).toEqual(['cafe', 'sam']);
  });

  test('the filtered result is reused while the filters stay, recomputed when they change', () => {
    const first = view(state(null, 0, { type: ['person'] }));
    expect(view(state('ann', 1, { type: ['person'] }), first).filtered).toBe(first.filtered);
    const changed = view(state('ann', 1, { type: ['business'] }), first);
    expect(changed.filtered).not.toBe(first.filtered);
    expect(ids(changed.filtered.nodes)).toEqual(['cafe', 'shop']);
  });
});

describe('deriveView: search', () => {
  test('choosing an element the filters show keeps the filters and the focus depth', () => {
    const before = view(state('coop', 2, { type: ['business', 'convening-partner'] }));
    const { state: next, notice } = searchChoice(model, before, index('cafe'));
    expect(notice).toBe('');
    expect(next).toEqual(state('cafe', 2, { type: ['business', 'convening-partner'] }));
    const after = view(next, before);
    expect(after.selected).toBe(index('cafe'));
    expect(ids(after.shown.nodes)).toEqual(['cafe', 'coop']);
  });

  test('choosing an element the filters hide resets them, says so, and selects it', () => {
    const before = view(state(null, 0, { type: ['business'] }));
    const { state: next, notice } = searchChoice(model, before, index('sam'));
    expect(notice).toBe('Filters were reset to show it. ');
    const after = view(next, before);
    expect(after.selected).toBe(index('sam'));
    expect(after.notice).toBe('');
    expect(statusText(model, after)).toBe('All 6 elements, 7 connections. Selected: sam.');
  });

  test('choosing from a focus moves the focus to the chosen element', () => {
    const before = view(state('bob', 1));
    const after = view(searchChoice(model, before, index('shop')).state, before);
    expect(after.focus).toBe(1);
    expect(ids(after.shown.nodes)).toEqual(['shop']);
    expect(statusText(model, after)).toBe('1 of 6 elements, 0 connections. Selected: shop.');
  });
});
