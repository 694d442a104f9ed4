import type { MapFile, MapLink, MapNode } from '../../src/map/map-file.ts';

/*
 * A tiny commons, written by hand as the map data would carry it:
 * the co-op convenes; Sam is supported by Ann (shopping, in the plan) and by
 * the Café (meals, outside it); Bob was a member; the Shop offers meals but
 * gives them to nobody; the Club is only on the second map.
 */
const node = (id: string, type: MapNode['type'], extra: Partial<MapNode> = {}): MapNode => ({ id, name: id, type, x: 0, y: 0, ...extra });
const NODES: MapNode[] = [
  node('coop', 'convening-partner', { care: { formal: ['care-coordination'], informal: [] } }),
  node('sam', 'supported-person', { tags: ['garden'] }),
  node('ann', 'person', { care: { formal: [], informal: ['shopping'] }, tags: ['volunteer'] }),
  node('bob', 'person', { tags: ['volunteer', 'driver'] }),
  node('cafe', 'business', { care: { formal: [], informal: ['meals'] } }),
  node('shop', 'business', { care: { formal: [], informal: ['meals'] } }),
  node('club', 'group', { maps: ['two'] }),
];
/** The map data names a connection's ends by their position in `nodes`, and leaves out care when none flows. */
const link = (source: string, target: string, type: MapLink['type'], care: Partial<NonNullable<MapLink['care']>> = {}): MapLink => ({
  source: NODES.findIndex((n) => n.id === source),
  target: NODES.findIndex((n) => n.id === target),
  type,
  ...(Object.keys(care).length > 0 && { care: { formal: [], informal: [], ...care } }),
});
export const FILE: MapFile = {
  maps: [
    { id: 'one', title: 'One', default: true, order: 1 },
    { id: 'two', title: 'Two', default: false, order: 2 },
  ],
  careTypes: { formal: { 'care-coordination': 'Care coordination' }, informal: { shopping: 'Shopping', meals: 'Meals' } },
  nodes: NODES,
  links: [
    link('ann', 'coop', 'commons-membership'),
    link('cafe', 'coop', 'commons-membership'),
    link('sam', 'coop', 'commons-membership'),
    link('bob', 'coop', 'inactive-commons-membership'),
    link('coop', 'sam', 'shared-support-plan', { formal: ['care-coordination'] }),
    link('ann', 'sam', 'shared-support-plan', { informal: ['shopping'] }),
    link('cafe', 'sam', 'not-in-support-plan', { informal: ['meals'] }),
    link('club', 'sam', 'not-in-support-plan', { informal: ['meals'] }),
  ],
};
