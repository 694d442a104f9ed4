import { compareText } from '../diagnostic.ts';
import type { PublicElement } from '../projection/public-commons.ts';
import { CARE_FORMS } from '../vocabulary/care-types.ts';
import { ELEMENT_TYPE_IDS, type ElementType } from '../vocabulary/element-types.ts';
import type { CareFlow } from './care-flow.ts';

/** Something worth acting on in one person's support (SPEC §4). */
export type SupportFlag = 'no-informal' | 'no-formal' | 'outside-plan-only' | `single-source:${string}`;

/** What a map says about the support of one supported person (`data/insights.json`, SPEC §4). */
export interface SupportedPersonInsight {
  /** The opaque id when anonymised. */
  id: string;
  /** The alias when anonymised. */
  name: string;
  anonymised: boolean;
  /** Elements giving support: at the other end of a support connection, care flowing to this person. */
  supporters: number;
  supportersByType: Partial<Record<ElementType, number>>;
  /** Care ids received, sorted. */
  formal: string[];
  informal: string[];
  /** Supporters in a shared support plan with this person. */
  inPlan: number;
  /** Supporters outside one (every other supporter). */
  outsidePlan: number;
  /** Flags worth acting on; see publishedInsight() for who they are published with. */
  flags: SupportFlag[];
  flagsWithheld?: true;
}

/**
 * One supported person's support on a map, from the flows towards them (`own`, see flowsByReceiver):
 * who gives it (by type), which care (formal and informal), how many of the
 * givers share a support plan with them, and the flags of SPEC §4.
 */
export function supportedPersonInsight(person: PublicElement, own: readonly CareFlow[], byId: ReadonlyMap<string, PublicElement>): SupportedPersonInsight {
  const supporters = new Set(own.map((f) => f.giver));
  const inPlan = new Set(own.filter((f) => f.inPlan).map((f) => f.giver));
  const counts = new Map<ElementType, number>();
  for (const id of supporters) {
    const type = byId.get(id)!.type;
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  // In the vocabulary's order, so the same support gives the same bytes.
  const supportersByType: Partial<Record<ElementType, number>> = {};
  for (const type of ELEMENT_TYPE_IDS) if (counts.has(type)) supportersByType[type] = counts.get(type)!;
  // Care id → the supporters giving it, by form.
  const givers = { formal: new Map<string, Set<string>>(), informal: new Map<string, Set<string>>() };
  for (const flow of own) {
    for (const form of CARE_FORMS) {
      for (const care of flow.care[form]) {
        const set = givers[form].get(care) ?? new Set<string>();
        set.add(flow.giver);
        givers[form].set(care, set);
      }
    }
  }
  const formal = [...givers.formal.keys()].sort(compareText);
  const informal = [...givers.informal.keys()].sort(compareText);
  const flags = supportFlags({ formal, informal, supporters: supporters.size, inPlan: inPlan.size, givers });
  return {
    id: person.id,
    name: person.name,
    anonymised: person.anonymised,
    supporters: supporters.size,
    supportersByType,
    formal,
    informal,
    inPlan: inPlan.size,
    outsidePlan: supporters.size - inPlan.size,
    flags,
  };
}

/**
 * The insight as it is published: flags go with an alias only, so those of a
 * supported person whose file says `privacy: public` are withheld (they still
 * count in the map's totals, which name nobody).
 */
export function publishedInsight(insight: SupportedPersonInsight): SupportedPersonInsight {
  return insight.anonymised ? insight : { ...insight, flags: [], flagsWithheld: true };
}

interface FlagInput {
  formal: readonly string[];
  informal: readonly string[];
  supporters: number;
  inPlan: number;
  givers: Record<'formal' | 'informal', ReadonlyMap<string, ReadonlySet<string>>>;
}

function supportFlags({ formal, informal, supporters, inPlan, givers }: FlagInput): SupportFlag[] {
  const flags: SupportFlag[] = [];
  if (informal.length === 0) flags.push('no-informal');
  if (formal.length === 0) flags.push('no-formal');
  if (supporters > 0 && inPlan === 0) flags.push('outside-plan-only');
  const single = new Set<string>();
  for (const form of CARE_FORMS) for (const [care, set] of givers[form]) if (set.size === 1) single.add(care);
  for (const care of [...single].sort(compareText)) flags.push(`single-source:${care}`);
  return flags;
}
