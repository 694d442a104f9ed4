import type { CareOffer } from '../core/model.ts';
import type { CareVocabulary } from '../core/vocabulary/care-types.ts';
import type { ConnectionType } from '../core/vocabulary/connection-types.ts';
import type { MapFile, MapNode } from './map-file.ts';

/** A connection on the map: its type and the care flowing through it (none: empty lists). Its ends are `source[l]` and `target[l]` of the model. */
export interface CareMapLink {
  type: ConnectionType;
  care: CareOffer;
}

const NO_CARE: CareOffer = Object.freeze({ formal: [], informal: [] }) as unknown as CareOffer;

/**
 * One map of the map data (`data/map.js`), indexed once so nothing later
 * walks the whole graph to answer a local question: nodes by id, each link's
 * ends as indices, and every node's links in a compressed adjacency list
 * (CSR). Pure: runs in the browser and, for the filter counts, at build time.
 */
export interface CareMapModel {
  mapId: string;
  maps: MapFile['maps'];
  careTypes: CareVocabulary;
  /** Nodes on this map, in file order. */
  nodes: readonly MapNode[];
  /** Links whose two ends are both on this map; link l joins nodes `source[l]` and `target[l]`. */
  links: readonly CareMapLink[];
  indexOf: ReadonlyMap<string, number>;
  source: Int32Array;
  target: Int32Array;
  /** Links touching node i: `incident[offsets[i]] … incident[offsets[i + 1] - 1]`. */
  offsets: Int32Array;
  incident: Int32Array;
  /** Links touching each node on this map (not on the whole site). */
  degree: Int32Array;
  /** Node indices, most connected first: label priority and Home key. */
  byDegree: Int32Array;
  /** Bit flags of Care Commons membership: see MEMBER_*. */
  membership: Uint8Array;
}

export const MEMBER_ACTIVE = 1;
export const MEMBER_INACTIVE = 2;

/** A node without `maps` is on every map. */
export function isOnMap(node: Pick<MapNode, 'maps'>, mapId: string): boolean {
  return !node.maps || node.maps.includes(mapId);
}

export function buildCareMapModel(file: MapFile, mapId: string): CareMapModel {
  // Position in the file → position on this map (−1: not on it).
  const onMap = new Int32Array(file.nodes.length).fill(-1);
  const nodes: MapNode[] = [];
  const indexOf = new Map<string, number>();
  file.nodes.forEach((node, k) => {
    if (!isOnMap(node, mapId)) return;
    onMap[k] = nodes.length;
    indexOf.set(node.id, nodes.length);
    nodes.push(node);
  });
  const n = nodes.length;
  const links: CareMapLink[] = [];
  const ends: number[] = [];
  for (const l of file.links) {
    const s = onMap[l.source]!;
    const t = onMap[l.target]!;
    if (s < 0 || t < 0) continue;
    links.push({ type: l.type, care: l.care ?? NO_CARE });
    ends.push(s, t);
  }
  const source = new Int32Array(links.length);
  const target = new Int32Array(links.length);
  const degree = new Int32Array(n);
  for (let i = 0; i < links.length; i++) {
    const s = (source[i] = ends[2 * i]!);
    const t = (target[i] = ends[2 * i + 1]!);
    degree[s]!++;
    if (t !== s) degree[t]!++;
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const incident = new Int32Array(offsets[n]!);
  const fill = offsets.slice(0, n);
  for (let l = 0; l < links.length; l++) {
    incident[fill[source[l]!]!++] = l;
    if (target[l] !== source[l]) incident[fill[target[l]!]!++] = l;
  }

  const membership = new Uint8Array(n);
  links.forEach((l, i) => {
    const flag = l.type === 'commons-membership' ? MEMBER_ACTIVE : l.type === 'inactive-commons-membership' ? MEMBER_INACTIVE : 0;
    if (!flag) return;
    // The member is the end that is not the convening partner.
    const s = source[i]!;
    const t = target[i]!;
    const sPartner = nodes[s]!.type === 'convening-partner';
    const tPartner = nodes[t]!.type === 'convening-partner';
    if (tPartner && !sPartner) membership[s]! |= flag;
    if (sPartner && !tPartner) membership[t]! |= flag;
  });

  const byDegree = Int32Array.from(nodes.keys()).sort((a, b) => degree[b]! - degree[a]! || (nodes[a]!.name < nodes[b]!.name ? -1 : 1));
  return { mapId, maps: file.maps, careTypes: file.careTypes, nodes, links, indexOf, source, target, offsets, incident, degree, byDegree, membership };
}

/** The node at the other end of link `l` from node `i`. */
export function otherEnd(model: CareMapModel, l: number, i: number): number {
  return model.source[l] === i ? model.target[l]! : model.source[l]!;
}

/** Care labels, falling back to the id for a care type with no label. */
export function careLabel(model: Pick<CareMapModel, 'careTypes'>, form: 'formal' | 'informal', id: string): string {
  return model.careTypes[form][id] ?? id;
}

/**
 * Which way care flows through a support connection: towards the supported
 * person (SPEC §1); between two supported people, towards the target.
 */
export function careReceiver(model: CareMapModel, l: number): number {
  const s = model.source[l]!;
  const t = model.target[l]!;
  return model.nodes[s]!.type === 'supported-person' && model.nodes[t]!.type !== 'supported-person' ? s : t;
}
