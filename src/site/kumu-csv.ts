import { stringify } from 'csv-stringify/sync';
import type { ElementMeasures } from '../core/insights/network-measures.ts';
import type { CareOffer } from '../core/model.ts';
import type { PublicCommons } from '../core/projection/public-commons.ts';
import { connectionTypeInfo } from '../core/vocabulary/connection-types.ts';
import { elementTypeLabel } from '../core/vocabulary/element-types.ts';

/*
 * Kumu's spreadsheet import: an Elements sheet (ID, Label, Type, Description,
 * Tags, then custom fields) and a Connections sheet (From, To, Type,
 * Direction, then custom fields), lists separated by "|". From and To name
 * elements by ID, so two elements that share a label (two "Supported Person
 * A"s of different maps, two cafés of one name) stay two. Privacy and Alias
 * say which labels are aliases, so `care-map import kumu` keeps them so.
 * Made from the public projection alone: anonymised elements appear by alias
 * and nothing private is exported.
 */

const ELEMENT_COLUMNS = ['ID', 'Label', 'Type', 'Description', 'Tags', 'Summary', 'Area', 'Website', 'Contact', 'Formal Care', 'Informal Care', 'Maps', 'Reviewed', 'Privacy', 'Alias', 'Degree', 'Betweenness'];
const CONNECTION_COLUMNS = ['From', 'To', 'Type', 'Direction', 'Formal Care', 'Informal Care', 'Since', 'Role', 'Note'];

/**
 * Degree and Betweenness come last, as Kumu's own metrics columns do: on the
 * whole public graph, all maps together. Re-imported, they are left out
 * without a word, since the build works them out again.
 */
export function elementsCsv(commons: PublicCommons, measures: ReadonlyMap<string, ElementMeasures>): string {
  // Every element names its maps, so each map is seen again on re-import (a sheet has no maps of its own).
  const every = commons.maps.map((m) => m.id);
  const rows = commons.elements.map((e) => {
    const m = measures.get(e.id);
    const measured = [String(m?.degree ?? 0), String(m?.betweenness ?? 0)];
    return e.anonymised
      ? [e.id, e.name, elementTypeLabel(e.type), '', '', '', '', '', '', '', '', list(e.maps ?? every), '', 'anonymised', e.name, ...measured]
      : [e.id, e.name, elementTypeLabel(e.type), e.body.trim(), list(e.tags), e.summary, e.area, e.website, e.contact, ...careColumns(e.care, commons), list(e.maps ?? every), e.reviewed, 'public', '', ...measured];
  });
  return csv([ELEMENT_COLUMNS, ...rows]);
}

export function connectionsCsv(commons: PublicCommons): string {
  const rows = commons.connections.map((c) => {
    const info = connectionTypeInfo(c.type);
    return [c.source, c.target, info.label, info.carriesCare ? 'directed' : 'undirected', ...careColumns(c.care, commons), c.since, c.role, c.note];
  });
  return csv([CONNECTION_COLUMNS, ...rows]);
}

function careColumns(care: CareOffer, commons: PublicCommons): [string, string] {
  const names = commons.site.careTypes;
  return [list(care.formal.map((id) => names.formal[id] ?? id)), list(care.informal.map((id) => names.informal[id] ?? id))];
}

function list(values: readonly string[] | undefined): string {
  return (values ?? []).join(' | ');
}

/** RFC 4180 with CRLF, by csv-stringify; a cell a spreadsheet would run as a formula is defused with a leading quote. */
function csv(rows: readonly (readonly (string | undefined)[])[]): string {
  return stringify(
    rows.map((row) => row.map((cell) => defuse(cell ?? ''))),
    { record_delimiter: 'windows' },
  );
}

function defuse(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
