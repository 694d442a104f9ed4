import { compareText } from '../diagnostic.ts';
import { CARE_FORMS, type CareForm } from '../vocabulary/care-types.ts';
import type { ElementType } from '../vocabulary/element-types.ts';
import type { CareFlow } from './care-flow.ts';
import type { MapSlice } from './map-slice.ts';

/** Members of the care commons on a map, by element type. */
export interface Membership {
  /** With a Commons Membership connection to a convening partner. */
  active: Partial<Record<ElementType, number>>;
  /** With only Inactive Commons Membership connections. */
  inactive: Partial<Record<ElementType, number>>;
  activeTotal: number;
  inactiveTotal: number;
}

/** One care type: who offers it (their `care`), who gives it (through a support connection), and to how many. */
export interface CareTypeFlow {
  form: CareForm;
  id: string;
  label: string;
  offeredBy: number;
  givenBy: number;
  receivedBy: number;
}

/** Members active and inactive, by type: the member is the end that is not the convening partner. */
export function membership(slice: MapSlice): Membership {
  const active = new Set<string>();
  const inactive = new Set<string>();
  for (const c of slice.connections) {
    if (c.type !== 'commons-membership' && c.type !== 'inactive-commons-membership') continue;
    const sourcePartner = slice.byId.get(c.source)!.type === 'convening-partner';
    const targetPartner = slice.byId.get(c.target)!.type === 'convening-partner';
    const members = [...(targetPartner && !sourcePartner ? [c.source] : []), ...(sourcePartner && !targetPartner ? [c.target] : [])];
    for (const id of members) (c.type === 'commons-membership' ? active : inactive).add(id);
  }
  for (const id of active) inactive.delete(id);
  return { active: countByType(slice, active), inactive: countByType(slice, inactive), activeTotal: active.size, inactiveTotal: inactive.size };
}

/**
 * Every care type offered or flowing on the map, formal first, then by
 * label. Anonymised elements publish no `care`, so they offer nothing here,
 * but the care flowing through their connections counts.
 */
export function careTypeFlows(slice: MapSlice, flows: readonly CareFlow[], labels: Record<CareForm, Record<string, string>>): CareTypeFlow[] {
  const rows = new Map<string, { form: CareForm; id: string; offered: Set<string>; givers: Set<string>; receivers: Set<string> }>();
  const row = (form: CareForm, id: string) => {
    const key = `${form}:${id}`;
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { form, id, offered: new Set(), givers: new Set(), receivers: new Set() }));
    return r;
  };
  for (const e of slice.elements) if (!e.anonymised) for (const form of CARE_FORMS) for (const id of e.care[form]) row(form, id).offered.add(e.id);
  for (const f of flows) {
    for (const form of CARE_FORMS) {
      for (const id of f.care[form]) {
        const r = row(form, id);
        r.givers.add(f.giver);
        r.receivers.add(f.receiver);
      }
    }
  }
  return [...rows.values()]
    .map(({ form, id, offered, givers, receivers }) => ({ form, id, label: labels[form][id] ?? id, offeredBy: offered.size, givenBy: givers.size, receivedBy: receivers.size }))
    .sort((a, b) => CARE_FORMS.indexOf(a.form) - CARE_FORMS.indexOf(b.form) || compareText(a.label, b.label) || compareText(a.id, b.id));
}

/**
 * Elements that bridge formal and informal care: both flow from them, through
 * their support connections, so one relationship carries the paid and the
 * freely given. Sorted by id.
 */
export function bridgingElements(flows: readonly CareFlow[]): string[] {
  const gives = new Map<string, { formal: boolean; informal: boolean }>();
  for (const f of flows) {
    const g = gives.get(f.giver) ?? { formal: false, informal: false };
    g.formal ||= f.care.formal.length > 0;
    g.informal ||= f.care.informal.length > 0;
    gives.set(f.giver, g);
  }
  return [...gives].filter(([, g]) => g.formal && g.informal).map(([id]) => id).sort(compareText);
}

function countByType(slice: MapSlice, ids: Iterable<string>): Partial<Record<ElementType, number>> {
  const counts: Partial<Record<ElementType, number>> = {};
  for (const id of [...ids].sort(compareText)) {
    const type = slice.byId.get(id)!.type;
    counts[type] = (counts[type] ?? 0) + 1;
  }
  return counts;
}
