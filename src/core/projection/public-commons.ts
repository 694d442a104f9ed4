import { compareText } from '../diagnostic.ts';
import type { CareCommons, CareElement, CareMap, CareOffer, SiteSettings } from '../model.ts';
import type { ConnectionType } from '../vocabulary/connection-types.ts';
import { elementTypeLabel, type ElementType } from '../vocabulary/element-types.ts';
import { letterCode } from './letters.ts';

/** An element as it may be published. Anonymised ones carry only id, alias, type and maps. */
export type PublicElement = NamedElement | AnonymisedElement;

/** A public element: every field of the validated one, but its privacy settings. */
export type NamedElement = Omit<CareElement, 'id' | 'privacy' | 'alias'> & { id: string; anonymised: false };

export interface AnonymisedElement {
  /** Opaque: does not reveal the slug. */
  id: string;
  anonymised: true;
  /** The alias, never the name. */
  name: string;
  type: ElementType;
  maps?: string[];
}

/** A connection as it may be published. Touching an anonymised element, only its type and care. */
export interface PublicConnection {
  source: string;
  target: string;
  type: ConnectionType;
  care: CareOffer;
  since?: string;
  role?: string;
  note?: string;
}

/** Everything that may reach the public site. Every output is made from this alone. */
export interface PublicCommons {
  site: SiteSettings;
  maps: CareMap[];
  /** Sorted by id. */
  elements: PublicElement[];
  /** Sorted by source, target, type. */
  connections: PublicConnection[];
}

export interface ProjectionOptions {
  /**
   * The public id of an anonymised element. Must not be computable from a list
   * of names (a keyed hash, not a plain one); injected so the core stays pure.
   */
  opaqueId(element: CareElement): string;
}

/**
 * The one function that decides what may be published: hidden elements and
 * their connections are dropped, anonymised ones reduced to an alias.
 */
export function projectPublic(commons: CareCommons, options: ProjectionOptions): PublicCommons {
  const visible = commons.elements.filter((e) => e.privacy !== 'hidden');
  const publicId = new Map<string, string>();
  const anonymised = visible
    .filter((e) => e.privacy === 'anonymised')
    .map((element) => ({ element, id: options.opaqueId(element) }))
    .sort((a, b) => compareText(a.id, b.id));
  for (const { element, id } of anonymised) publicId.set(element.id, id);
  for (const element of visible) if (element.privacy === 'public') publicId.set(element.id, element.id);

  const aliases = defaultAliases(anonymised.map((a) => a.element));
  const elements: PublicElement[] = visible.map((element) =>
    element.privacy === 'anonymised'
      ? {
          id: publicId.get(element.id)!,
          anonymised: true,
          name: element.alias ?? aliases.get(element.id)!,
          type: element.type,
          ...(element.maps && { maps: element.maps }),
        }
      : named(element),
  );

  const connections: PublicConnection[] = [];
  for (const c of commons.connections) {
    const source = publicId.get(c.from);
    const target = publicId.get(c.to);
    if (source === undefined || target === undefined) continue;
    const private_ = source !== c.from || target !== c.to;
    connections.push({
      source,
      target,
      type: c.type,
      care: c.care,
      ...(!private_ && c.since !== undefined && { since: c.since }),
      ...(!private_ && c.role !== undefined && { role: c.role }),
      ...(!private_ && c.note !== undefined && { note: c.note }),
    });
  }
  return {
    site: commons.site,
    maps: commons.maps,
    elements: elements.sort((a, b) => compareText(a.id, b.id)),
    connections: connections.sort((a, b) => compareText(a.source, b.source) || compareText(a.target, b.target) || compareText(a.type, b.type)),
  };
}

function named(element: CareElement): NamedElement {
  const { privacy: _privacy, alias: _alias, ...published } = element;
  return { ...published, anonymised: false };
}

/**
 * "Supported Person A", "Supported Person B"…, lettered per type in opaque-id
 * order (not name order), skipping any alias already given by hand, so that
 * two people never share one label on the map or in the exports.
 */
function defaultAliases(ordered: readonly CareElement[]): Map<string, string> {
  const taken = new Set(ordered.flatMap((e) => (e.alias === undefined ? [] : [aliasKey(e.alias)])));
  const counters = new Map<ElementType, number>();
  const aliases = new Map<string, string>();
  for (const element of ordered) {
    if (element.alias !== undefined) continue;
    let n = counters.get(element.type) ?? 0;
    let alias = `${elementTypeLabel(element.type)} ${letterCode(n)}`;
    while (taken.has(aliasKey(alias))) alias = `${elementTypeLabel(element.type)} ${letterCode(++n)}`;
    counters.set(element.type, n + 1);
    aliases.set(element.id, alias);
  }
  return aliases;
}

/** Aliases that differ only in case or spacing look the same on the map. */
export function aliasKey(alias: string): string {
  return alias.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Type guard for templates. */
export function isNamed(element: PublicElement): element is NamedElement {
  return !element.anonymised;
}
