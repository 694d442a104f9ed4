import type { ConnectionInput } from '../schema/connection.ts';
import { isRealDate } from '../schema/fields.ts';
import { connectionTypeInfo, isMembership, type ConnectionType } from '../vocabulary/connection-types.ts';
import { elementTypeLabel, type ElementType } from '../vocabulary/element-types.ts';
import type { CareVocabularyBuilder } from './care-fields.ts';
import { careForm } from './care-fields.ts';
import { fit, oneLine } from './element-fields.ts';
import { fieldKey, textOf, type KumuConnection, type LeftOut } from './project.ts';
import { matchConnectionType } from './type-match.ts';

/** An imported element as connections see it. */
export interface ConnectionEnd {
  slug: string;
  label: string;
  type: ElementType;
}

export interface ConnectionContext {
  /** Elements by key (Kumu `_id`, `ID`, or label). */
  byKey: Map<string, ConnectionEnd>;
  /** Keys by label, for references that name labels. */
  byLabel: Map<string, ConnectionEnd[]>;
  care: CareVocabularyBuilder;
  cut: Map<string, number>;
  unmapped: Map<string, number>;
  leftOut: LeftOut[];
}

/** A connection kept, to be written in the file of `owner`. */
export interface PlacedConnection {
  owner: string;
  entry: ConnectionInput;
}

/**
 * Resolves each connection's ends and type and keeps those that pass SPEC §2's
 * rules (a convening partner or supported person at one end, care only on
 * support connections, once per pair and type, never to itself); the others
 * are left out with both labels and the reason.
 */
export function placeConnections(connections: readonly KumuConnection[], context: ConnectionContext): PlacedConnection[] {
  const placed: PlacedConnection[] = [];
  const seen = new Set<string>();
  for (const connection of connections) {
    const from = resolve(connection.from, context);
    const to = resolve(connection.to, context);
    const quoted = (reference: string, end: ConnectionEnd | string) => (typeof end !== 'string' && end.type === 'supported-person' ? label(reference, end) : `"${label(reference, end)}"`);
    const shown = `${quoted(connection.from, from)} → ${quoted(connection.to, to)} (${connection.at})`;
    const leave = (reason: string) => context.leftOut.push({ what: `connection ${shown}`, reason });
    if (typeof from === 'string') leave(from);
    else if (typeof to === 'string') leave(to);
    else {
      const type = matchConnectionType(connection.type);
      if (!type) {
        leave(connection.type === undefined ? 'no connection type' : `connection type "${connection.type}" is not one of ours`);
        continue;
      }
      const info = connectionTypeInfo(type);
      if (from.slug === to.slug) leave('a connection to itself');
      else if (from.type !== info.requires && to.type !== info.requires) leave(`a "${info.label}" connection needs a ${elementTypeLabel(info.requires)} at one end`);
      else {
        const pair = [from.slug, to.slug].sort().join(' ');
        const kind = isMembership(type) ? 'membership' : type;
        if (seen.has(`${pair} ${kind}`)) leave(isMembership(type) ? 'a second membership between the same two elements' : 'declared twice');
        else {
          seen.add(`${pair} ${kind}`);
          placed.push(place(from, to, type, connection, context, shown));
        }
      }
    }
  }
  return placed;
}

/** Declared in the file of the end that is not the convening partner or supported person, as a contributor would. */
function place(from: ConnectionEnd, to: ConnectionEnd, type: ConnectionType, connection: KumuConnection, context: ConnectionContext, shown: string): PlacedConnection {
  const info = connectionTypeInfo(type);
  const [owner, other] = from.type === info.requires && to.type !== info.requires ? [to, from] : [from, to];
  const entry: ConnectionInput = { to: other.slug, type };
  const care: { formal?: string[]; informal?: string[] } = {};
  for (const [name, value] of connection.fields) {
    const form = careForm(name);
    const text = textOf(value);
    if (form) {
      const ids = context.care.ids(form, value);
      if (ids.length === 0) continue;
      if (info.carriesCare) care[form] = ids;
      else context.leftOut.push({ what: `the care on connection ${shown}`, reason: 'care flows only through support connections' });
      continue;
    }
    if (text === undefined) continue;
    const key = fieldKey(name);
    if (key === 'since' || key === 'startdate' || key === 'start') {
      if (/^\d{4}-\d{2}-\d{2}/.test(text) && isRealDate(text.slice(0, 10))) entry.since = text.slice(0, 10);
      else context.leftOut.push({ what: `the start date "${text}" of connection ${shown}`, reason: 'not a date written YYYY-MM-DD' });
    } else if (key === 'role') entry.role = fit(oneLine(text), 80, 'role', context);
    else if (key === 'note' || key === 'notes' || key === 'description') entry.note = fit(oneLine(text), 280, 'note', context);
    else if (key !== 'direction' && key !== 'id') context.unmapped.set(`${name} (on connections)`, (context.unmapped.get(`${name} (on connections)`) ?? 0) + 1);
  }
  if (care.formal || care.informal) entry.care = care;
  return { owner: owner.slug, entry };
}

/** An element by key, else by label when exactly one has it; or the reason it cannot be found. */
function resolve(reference: string, context: ConnectionContext): ConnectionEnd | string {
  if (reference === '') return 'an end is missing';
  const byKey = context.byKey.get(reference);
  if (byKey) return byKey;
  const byLabel = context.byLabel.get(reference) ?? [];
  if (byLabel.length === 1) return byLabel[0]!;
  if (byLabel.length > 1) return `${byLabel.length} elements are labelled "${reference}": refer to them by ID`;
  return `no element "${reference}"`;
}

/** A supported person's label is usually their name: the report (which may end up in a log) says "a supported person", and where. */
function label(reference: string, end: ConnectionEnd | string): string {
  if (typeof end === 'string') return reference;
  return end.type === 'supported-person' ? 'a supported person' : end.label;
}
