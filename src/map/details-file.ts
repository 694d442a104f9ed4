import type { NamedElement, PublicConnection } from '../core/projection/public-commons.ts';

/**
 * `data/details.json`: the text the map shows or searches but does not draw,
 * loaded on the first search, selection or list view. Public elements that
 * have any of these fields, by id (anonymised ones have none), and the
 * connections with a role, a start date or a note, by their ends' ids and
 * type (SPEC: a connection is declared once per pair and type).
 */
export interface DetailsFile {
  elements: Record<string, ElementDetails>;
  connections: ConnectionDetails[];
}

export type ElementDetails = Partial<Pick<NamedElement, 'summary' | 'area' | 'website' | 'contact' | 'reviewed'>>;
export type ConnectionDetails = Pick<PublicConnection, 'source' | 'target' | 'type'> & Partial<Pick<PublicConnection, 'role' | 'since' | 'note'>>;
