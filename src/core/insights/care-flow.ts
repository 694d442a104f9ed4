import type { CareOffer } from '../model.ts';
import type { PublicConnection } from '../projection/public-commons.ts';
import { connectionTypeInfo } from '../vocabulary/connection-types.ts';
import type { MapSlice } from './map-slice.ts';

/** One support connection read the way care flows: from the giver to the supported person. */
export interface CareFlow {
  giver: string;
  receiver: string;
  inPlan: boolean;
  care: CareOffer;
}

/**
 * Every support connection of a map (types 3 and 4) as a flow of care:
 * towards the supported person (SPEC §1); between two supported people,
 * towards the `to` of the file that declares it (the target).
 */
export function careFlows(slice: MapSlice): CareFlow[] {
  const flows: CareFlow[] = [];
  for (const c of slice.connections) {
    if (!connectionTypeInfo(c.type).carriesCare) continue;
    const receiver = receiverOf(slice, c);
    flows.push({ giver: receiver === c.target ? c.source : c.target, receiver, inPlan: c.type === 'shared-support-plan', care: c.care });
  }
  return flows;
}

function receiverOf(slice: MapSlice, c: PublicConnection): string {
  const sourceIsPerson = slice.byId.get(c.source)?.type === 'supported-person';
  const targetIsPerson = slice.byId.get(c.target)?.type === 'supported-person';
  return sourceIsPerson && !targetIsPerson ? c.source : c.target;
}

/** The flows towards each receiver. */
export function flowsByReceiver(flows: readonly CareFlow[]): Map<string, CareFlow[]> {
  const by = new Map<string, CareFlow[]>();
  for (const flow of flows) {
    const list = by.get(flow.receiver);
    if (list) list.push(flow);
    else by.set(flow.receiver, [flow]);
  }
  return by;
}
