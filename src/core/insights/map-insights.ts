import { compareText } from '../diagnostic.ts';
import type { PublicCommons } from '../projection/public-commons.ts';
import { reviewQueue } from '../review.ts';
import { careFlows, flowsByReceiver } from './care-flow.ts';
import { FLAG_KINDS, type FlagKind } from './flag-text.ts';
import { bridgingElements, careTypeFlows, membership, type CareTypeFlow, type Membership } from './commons-insight.ts';
import { growth, type Growth } from './growth.ts';
import { mapSlice } from './map-slice.ts';
import { networkMeasures, type BetweennessMethod, type ElementMeasures, type MeasureOptions } from './network-measures.ts';
import { publishedInsight, supportedPersonInsight, type SupportedPersonInsight } from './supported-person.ts';

/** What one map says, in numbers: `data/insights.json`'s entry for it (SPEC §4), and what its insights page shows. */
export interface MapInsights {
  title: string;
  elementCount: number;
  connectionCount: number;
  /** By name (the alias when anonymised). */
  supportedPersons: SupportedPersonInsight[];
  /** Supported persons with each kind of flag, withheld ones included (a number names nobody). */
  flagCounts: Record<FlagKind, number>;
  /** Supported persons receiving both formal and informal care. */
  receivingBoth: number;
  /** Degree and betweenness on this map, by id. */
  elements: Record<string, ElementMeasures>;
  betweenness: BetweennessMethod;
  members: Membership;
  care: CareTypeFlow[];
  /** Ids of the elements giving both formal and informal care. */
  bridging: string[];
  growth: Growth;
  /** Public entries on this map whose `reviewed` is missing or too old, oldest first (src/core/review.ts). */
  dueForReview: { id: string; name: string; reviewed?: string }[];
}

/** `data/insights.json`. */
export interface InsightsFile {
  maps: Record<string, MapInsights>;
}

export interface InsightOptions extends MeasureOptions {
  /** `YYYY-MM-DD`, for the review dates. */
  today: string;
}

/** The care insights of every map, from the public projection alone: hidden elements are not in it, so they count nowhere. */
export function commonsInsights(commons: PublicCommons, options: InsightOptions): InsightsFile {
  const named = commons.elements.flatMap((e) => (e.anonymised ? [] : [e]));
  const due = reviewQueue({ site: commons.site, elements: named }, options.today).map(({ id, name, reviewed }) => ({ id, name, ...(reviewed !== undefined && { reviewed }) }));
  return { maps: Object.fromEntries(commons.maps.map((map) => [map.id, mapInsights(commons, map.id, due, options)])) };
}

/** One map's insights; `due` is the review queue of the whole commons, oldest first. */
function mapInsights(commons: PublicCommons, mapId: string, due: MapInsights['dueForReview'], options: InsightOptions): MapInsights {
  const slice = mapSlice(commons, mapId);
  const flows = careFlows(slice);
  const towards = flowsByReceiver(flows);
  const people = slice.elements
    .filter((e) => e.type === 'supported-person')
    .map((person) => supportedPersonInsight(person, towards.get(person.id) ?? [], slice.byId))
    .sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
  const flagCounts = Object.fromEntries(FLAG_KINDS.map((kind) => [kind, people.filter((p) => p.flags.some((f) => f === kind || f.startsWith(`${kind}:`))).length])) as Record<FlagKind, number>;
  const measures = networkMeasures(
    slice.elements.map((e) => e.id),
    slice.connections,
    options,
  );
  return {
    title: commons.maps.find((m) => m.id === mapId)?.title ?? mapId,
    elementCount: slice.elements.length,
    connectionCount: slice.connections.length,
    supportedPersons: people.map(publishedInsight),
    flagCounts,
    receivingBoth: people.filter((p) => p.formal.length > 0 && p.informal.length > 0).length,
    elements: Object.fromEntries(measures.byElement),
    betweenness: measures.method,
    members: membership(slice),
    care: careTypeFlows(slice, flows, commons.site.careTypes),
    bridging: bridgingElements(flows),
    growth: growth(slice),
    dueForReview: due.filter((entry) => slice.byId.has(entry.id)),
  };
}
