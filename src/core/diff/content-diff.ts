import { compareText } from '../diagnostic.ts';
import type { CareCommons, CareElement, CareOffer, Connection } from '../model.ts';
import type { ConnectionType } from '../vocabulary/connection-types.ts';
import { elementRefs, type ElementRef } from './element-ref.ts';

/** Fields of an element a change can touch, in the order a reader expects them. */
export const ELEMENT_FIELDS = ['name', 'type', 'summary', 'area', 'website', 'contact', 'care', 'tags', 'maps', 'reviewed', 'privacy', 'alias', 'description'] as const;
export type ElementField = (typeof ELEMENT_FIELDS)[number];

export const CONNECTION_FIELDS = ['care', 'role', 'since', 'note'] as const;
export type ConnectionField = (typeof CONNECTION_FIELDS)[number];

export interface ElementChange {
  element: ElementRef;
  fields: ElementField[];
}

/** An element that appears on (or leaves) a map: new, or only now shown on it (`moved`). */
export interface ElementPresence {
  element: ElementRef;
  moved: boolean;
}

/** A connection, ends in a stable order (by label). */
export interface ConnectionRef {
  ends: [ElementRef, ElementRef];
  type: ConnectionType;
}

export interface ConnectionChange {
  connection: ConnectionRef;
  fields: ConnectionField[];
  /** Care through it before and after, when `care` is among the fields. */
  care?: { before: CareOffer; after: CareOffer };
}

/** What changed on one map. */
export interface MapChanges {
  id: string;
  title: string;
  added: ElementPresence[];
  removed: ElementPresence[];
  changed: ElementChange[];
  connectionsAdded: ConnectionRef[];
  connectionsRemoved: ConnectionRef[];
  connectionsChanged: ConnectionChange[];
}

export interface ContentDiff {
  /** Keys of site.yml whose value changed. */
  site: string[];
  mapsAdded: { id: string; title: string }[];
  mapsRemoved: { id: string; title: string }[];
  mapsChanged: { id: string; title: string; fields: ('title' | 'default' | 'order' | 'intro')[] }[];
  /** Only the maps where something changed, in the new content's map order (removed maps last). */
  maps: MapChanges[];
}

export interface DiffOptions {
  /** Name anonymised and hidden elements, and give every element's slug: only for an organiser's own terminal. */
  showPrivate: boolean;
}

/** What a change does to the map, comparing two validated content folders. Pure. */
export function diffContent(before: CareCommons, after: CareCommons, options: DiffOptions): ContentDiff {
  const refs = elementRefs(before.elements, after.elements, options.showPrivate);
  const oldElements = byId(before.elements);
  const newElements = byId(after.elements);
  const oldConnections = byKey(before.connections);
  const newConnections = byKey(after.connections);

  const allMaps = [...after.maps, ...before.maps.filter((m) => !after.maps.some((n) => n.id === m.id))];
  const maps: MapChanges[] = [];
  for (const map of allMaps) {
    const wasOn = (e: CareElement | undefined) => e !== undefined && isOnMap(e, map.id) && before.maps.some((m) => m.id === map.id);
    const isOn = (e: CareElement | undefined) => e !== undefined && isOnMap(e, map.id) && after.maps.some((m) => m.id === map.id);
    const changes: MapChanges = { id: map.id, title: map.title, added: [], removed: [], changed: [], connectionsAdded: [], connectionsRemoved: [], connectionsChanged: [] };
    for (const id of new Set([...oldElements.keys(), ...newElements.keys()])) {
      const was = oldElements.get(id);
      const is = newElements.get(id);
      const ref = refs.get(id)!;
      if (isOn(is) && !wasOn(was)) changes.added.push({ element: ref, moved: was !== undefined });
      else if (wasOn(was) && !isOn(is)) changes.removed.push({ element: ref, moved: is !== undefined });
      else if (isOn(is) && wasOn(was)) {
        const fields = ELEMENT_FIELDS.filter((field) => differs(fieldValue(was!, field), fieldValue(is!, field)));
        if (fields.length > 0) changes.changed.push({ element: ref, fields });
      }
    }
    const connectionOn = (c: Connection, elements: Map<string, CareElement>, on: (e: CareElement | undefined) => boolean) => on(elements.get(c.from)) && on(elements.get(c.to));
    for (const key of new Set([...oldConnections.keys(), ...newConnections.keys()])) {
      const was = oldConnections.get(key);
      const is = newConnections.get(key);
      const wasShown = was !== undefined && connectionOn(was, oldElements, wasOn);
      const isShown = is !== undefined && connectionOn(is, newElements, isOn);
      const connection = is ?? was!;
      const ref = connectionRef(connection, refs);
      if (isShown && !wasShown) changes.connectionsAdded.push(ref);
      else if (wasShown && !isShown) changes.connectionsRemoved.push(ref);
      else if (isShown && wasShown) {
        const fields = CONNECTION_FIELDS.filter((field) => differs(was![field], is![field]));
        if (fields.length > 0) changes.connectionsChanged.push({ connection: ref, fields, ...(fields.includes('care') && { care: { before: was!.care, after: is!.care } }) });
      }
    }
    sortChanges(changes);
    if (hasChanges(changes)) maps.push(changes);
  }

  return {
    site: siteChanges(before, after),
    mapsAdded: after.maps.filter((m) => !before.maps.some((o) => o.id === m.id)).map(({ id, title }) => ({ id, title })),
    mapsRemoved: before.maps.filter((m) => !after.maps.some((n) => n.id === m.id)).map(({ id, title }) => ({ id, title })),
    mapsChanged: after.maps.flatMap((map) => {
      const old = before.maps.find((m) => m.id === map.id);
      if (!old) return [];
      const fields = (['title', 'default', 'order', 'intro'] as const).filter((f) => old[f] !== map[f]);
      return fields.length > 0 ? [{ id: map.id, title: map.title, fields }] : [];
    }),
    maps,
  };
}

/** True when the diff holds no change at all. */
export function isEmptyDiff(diff: ContentDiff): boolean {
  return diff.site.length + diff.mapsAdded.length + diff.mapsRemoved.length + diff.mapsChanged.length + diff.maps.length === 0;
}

function hasChanges(m: MapChanges): boolean {
  return m.added.length + m.removed.length + m.changed.length + m.connectionsAdded.length + m.connectionsRemoved.length + m.connectionsChanged.length > 0;
}

function isOnMap(element: CareElement, mapId: string): boolean {
  return element.maps === undefined || element.maps.includes(mapId);
}

function fieldValue(element: CareElement, field: ElementField): unknown {
  return field === 'description' ? element.body.trim() : element[field];
}

function differs(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) !== JSON.stringify(b);
}

function byId(elements: readonly CareElement[]): Map<string, CareElement> {
  return new Map(elements.map((e) => [e.id, e]));
}

/** Declared once, in either file: the pair and the type name a connection, not the file it sits in. */
function byKey(connections: readonly Connection[]): Map<string, Connection> {
  return new Map(connections.map((c) => [[...[c.from, c.to].sort(compareText), c.type].join('\n'), c]));
}

function connectionRef(c: Connection, refs: ReadonlyMap<string, ElementRef>): ConnectionRef {
  const ends = [refs.get(c.from)!, refs.get(c.to)!].sort((a, b) => compareText(a.label, b.label)) as [ElementRef, ElementRef];
  return { ends, type: c.type };
}

function sortChanges(m: MapChanges): void {
  const byLabel = (a: { element: ElementRef }, b: { element: ElementRef }) => compareText(a.element.label, b.element.label);
  const byEnds = (a: ConnectionRef, b: ConnectionRef) => compareText(a.ends[0].label, b.ends[0].label) || compareText(a.ends[1].label, b.ends[1].label) || compareText(a.type, b.type);
  m.added.sort(byLabel);
  m.removed.sort(byLabel);
  m.changed.sort(byLabel);
  m.connectionsAdded.sort(byEnds);
  m.connectionsRemoved.sort(byEnds);
  m.connectionsChanged.sort((a, b) => byEnds(a.connection, b.connection));
}

const SITE_KEYS = ['title', 'description', 'repository', 'branch', 'contentPath', 'reviewAfterDays', 'careTypes'] as const;
const SITE_KEY_NAMES: Record<(typeof SITE_KEYS)[number], string> = {
  title: 'title',
  description: 'description',
  repository: 'repository',
  branch: 'branch',
  contentPath: 'content_path',
  reviewAfterDays: 'review_after_days',
  careTypes: 'care_types',
};

function siteChanges(before: CareCommons, after: CareCommons): string[] {
  return SITE_KEYS.filter((key) => differs(before.site[key], after.site[key])).map((key) => SITE_KEY_NAMES[key]);
}
