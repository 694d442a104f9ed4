import type { ElementType } from './element-types.ts';

/**
 * The four connection types. `requires` is the element type one end must have
 * (the source document: 1 & 2 link to the convening partner, 3 & 4 to a
 * supported person). Only support connections carry care.
 */
export const CONNECTION_TYPES = [
  { id: 'commons-membership', number: 1, label: 'Commons Membership', requires: 'convening-partner', carriesCare: false },
  { id: 'inactive-commons-membership', number: 2, label: 'Inactive Commons Membership', requires: 'convening-partner', carriesCare: false },
  { id: 'not-in-support-plan', number: 3, label: 'Not participating in a Support Plan', requires: 'supported-person', carriesCare: true },
  { id: 'shared-support-plan', number: 4, label: 'Participating in a shared support plan', requires: 'supported-person', carriesCare: true },
] as const satisfies readonly {
  id: string;
  number: number;
  label: string;
  requires: ElementType;
  carriesCare: boolean;
}[];

export type ConnectionType = (typeof CONNECTION_TYPES)[number]['id'];
export type ConnectionTypeInfo = (typeof CONNECTION_TYPES)[number];

export const CONNECTION_TYPE_IDS = CONNECTION_TYPES.map((t) => t.id) as [ConnectionType, ...ConnectionType[]];

const byId = new Map<string, ConnectionTypeInfo>(CONNECTION_TYPES.map((t) => [t.id, t]));

export function isConnectionType(value: unknown): value is ConnectionType {
  return typeof value === 'string' && byId.has(value);
}

export function connectionTypeInfo(type: ConnectionType): ConnectionTypeInfo {
  return byId.get(type)!;
}

export function isMembership(type: ConnectionType): boolean {
  return type === 'commons-membership' || type === 'inactive-commons-membership';
}

/** The type's rule (SPEC §2): one end has the element type it requires. */
export function connectionFits(type: ConnectionType, fromType: ElementType, toType: ElementType): boolean {
  const { requires } = connectionTypeInfo(type);
  return fromType === requires || toType === requires;
}

/** The connection types whose rule a pair of element types keeps, in the table's order. */
export function connectionTypesBetween(fromType: ElementType, toType: ElementType): ConnectionTypeInfo[] {
  return CONNECTION_TYPES.filter((t) => connectionFits(t.id, fromType, toType));
}

/**
 * Which end gives the care on a support connection: care flows towards the
 * supported person, so when the file of a supported person points at someone
 * who is not one, the other end gives; otherwise the file's own element does.
 */
export function careGiver(fromType: ElementType | undefined, toType: ElementType | undefined): 'from' | 'to' {
  return fromType === 'supported-person' && toType !== 'supported-person' ? 'to' : 'from';
}
