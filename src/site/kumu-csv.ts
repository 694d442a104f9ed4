import type { CareOffer } from '../core/model.ts';
import type { PublicCommons } from '../core/projection/public-commons.ts';
import { connectionTypeInfo } from '../core/vocabulary/connection-types.ts';
import { elementTypeLabel } from '../core/vocabulary/element-types.ts';

/*
 * Kumu's spreadsheet import: an Elements sheet (Label, Type, Description,
 * Tags, then custom fields) and a Connections sheet (From, To, Type,
 * Direction, then custom fields), From/To naming elements by Label, lists
 * separated by "|". Made from the public projection alone, so anonymised
 * elements appear by alias and nothing private is exported.
 */

const ELEMENT_COLUMNS = ['Label', 'Type', 'Description', 'Tags', 'ID', 'Summary', 'Area', 'Website', 'Contact', 'Formal Care', 'Informal Care', 'Maps', 'Reviewed'];
const CONNECTION_COLUMNS = ['From', 'To', 'Type', 'Direction', 'Formal Care', 'Informal Care', 'Since', 'Role', 'Note'];

export function elementsCsv(commons: PublicCommons): string {
  const rows = commons.elements.map((e) =>
    e.anonymised
      ? [e.name, elementTypeLabel(e.type), '', '', e.id, '', '', '', '', '', '', list(e.maps), '']
      : [e.name, elementTypeLabel(e.type), e.body.trim(), list(e.tags), e.id, e.summary, e.area, e.website, e.contact, ...careColumns(e.care, commons), list(e.maps), e.reviewed],
  );
  return csv([ELEMENT_COLUMNS, ...rows]);
}

export function connectionsCsv(commons: PublicCommons): string {
  const label = new Map(commons.elements.map((e) => [e.id, e.name]));
  const rows = commons.connections.map((c) => {
    const info = connectionTypeInfo(c.type);
    return [label.get(c.source), label.get(c.target), info.label, info.carriesCare ? 'directed' : 'undirected', ...careColumns(c.care, commons), c.since, c.role, c.note];
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

/** RFC 4180, CRLF; cells that a spreadsheet would run as a formula are defused with a leading quote. */
function csv(rows: readonly (readonly (string | undefined)[])[]): string {
  return rows.map((row) => row.map((cell) => quote(cell ?? '')).join(',')).join('\r\n') + '\r\n';
}

function quote(cell: string): string {
  const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
