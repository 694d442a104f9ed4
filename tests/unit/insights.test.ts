import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { commonsInsights, type InsightsFile, type MapInsights } from '../../src/core/insights/map-insights.ts';
import { networkMeasures } from '../../src/core/insights/network-measures.ts';
import type { PublicCommons } from '../../src/core/projection/public-commons.ts';
import { checkedCommons } from '../../src/site/published-site.ts';
import { FIXTURES, TODAY } from '../helpers/content.ts';

/*
 * tests/fixtures/content/insights, worked out by hand. Two maps:
 *
 * North (8 elements, 10 connections): the Riverside Co-op (H) convenes; Nina
 * (N), Careco (K) and Supported Person A (S, Margaret) are members, the
 * Walking Group (W) an inactive one. A is supported by the co-op (plan:
 * care-coordination + peer-support), Nina (plan: companionship, shopping),
 * the Valley Clinic (C, outside: nursing-care) and an anonymised Neighbour (Q,
 * outside: check-in-calls, companionship). Supported Person B (T, Ted; north
 * only) gets nursing-care from the clinic and personal-care and
 * medication-support from Careco, both outside a plan.
 *
 * South (9 elements, 11 connections): no Careco, no B; the Corner Cafe (F) is
 * a member and gives meals to Supported Person C (R, Rosa) and meals-service
 * to Pat Public (P, a supported person whose file says `privacy: public`);
 * Nina gives C companionship in a plan.
 *
 * Harold Secret is hidden: a member who gives A check-in-calls. Counted, he
 * would make that care two-source and the co-op's members four; he counts
 * nowhere.
 */

let commons: PublicCommons;
let insights: InsightsFile;
let north: MapInsights;
let south: MapInsights;
const idOf = (name: string) => commons.elements.find((e) => e.name === name)!.id;

beforeAll(async () => {
  const result = await checkedCommons(path.join(FIXTURES, 'insights'), { today: TODAY });
  commons = result.commons!;
  insights = commonsInsights(commons, { today: TODAY });
  north = insights.maps['north']!;
  south = insights.maps['south']!;
});

describe('a supported person, by map', () => {
  it('counts supporters by type, care received, and supporters inside and outside a plan', () => {
    const a = north.supportedPersons.find((p) => p.name === 'Supported Person A')!;
    expect(a).toMatchObject({
      id: idOf('Supported Person A'),
      anonymised: true,
      supporters: 4,
      supportersByType: { 'convening-partner': 1, person: 2, 'health-care-provider': 1 },
      formal: ['care-coordination', 'nursing-care'],
      informal: ['check-in-calls', 'companionship', 'peer-support', 'shopping'],
      inPlan: 2,
      outsidePlan: 2,
    });
    const b = north.supportedPersons.find((p) => p.name === 'Supported Person B')!;
    expect(b).toMatchObject({ supporters: 2, supportersByType: { 'regulated-social-care-provider': 1, 'health-care-provider': 1 }, formal: ['medication-support', 'nursing-care', 'personal-care'], informal: [], inPlan: 0, outsidePlan: 2 });
    const c = south.supportedPersons.find((p) => p.name === 'Supported Person C')!;
    expect(c).toMatchObject({ supporters: 2, supportersByType: { business: 1, person: 1 }, formal: [], informal: ['companionship', 'meals'], inPlan: 1, outsidePlan: 1 });
  });

  it('lists each map its own supported persons, by alias', () => {
    expect(north.supportedPersons.map((p) => p.name)).toEqual(['Supported Person A', 'Supported Person B']);
    expect(south.supportedPersons.map((p) => p.name)).toEqual(['Pat Public', 'Supported Person A', 'Supported Person C']);
  });

  it('raises every flag: no informal care, no formal care, outside a plan only, a care type from one supporter', () => {
    const flags = (map: MapInsights, name: string) => map.supportedPersons.find((p) => p.name === name)!.flags;
    // Companionship comes from Nina and the Neighbour; check-in-calls from the Neighbour alone (Harold is hidden).
    expect(flags(north, 'Supported Person A')).toEqual(['single-source:care-coordination', 'single-source:check-in-calls', 'single-source:nursing-care', 'single-source:peer-support', 'single-source:shopping']);
    expect(flags(north, 'Supported Person B')).toEqual(['no-informal', 'outside-plan-only', 'single-source:medication-support', 'single-source:nursing-care', 'single-source:personal-care']);
    expect(flags(south, 'Supported Person C')).toEqual(['no-formal', 'single-source:companionship', 'single-source:meals']);
  });

  it('publishes no flags with the name of a supported person whose entry is public, but counts them', () => {
    const pat = south.supportedPersons.find((p) => p.name === 'Pat Public')!;
    expect(pat).toMatchObject({ id: 'pat-public', anonymised: false, supporters: 1, formal: ['meals-service'], informal: [], inPlan: 0, outsidePlan: 1, flags: [], flagsWithheld: true });
    // Pat has no informal care and support from outside a plan only: counted, not listed.
    expect(south.flagCounts).toEqual({ 'no-informal': 1, 'no-formal': 1, 'outside-plan-only': 1, 'single-source': 3 });
    expect(north.flagCounts).toEqual({ 'no-informal': 1, 'no-formal': 0, 'outside-plan-only': 1, 'single-source': 2 });
  });
});

describe('the commons, by map', () => {
  it('counts members active and inactive by type, without the hidden member', () => {
    expect(north.members).toEqual({ active: { person: 1, 'regulated-social-care-provider': 1, 'supported-person': 1 }, inactive: { group: 1 }, activeTotal: 3, inactiveTotal: 1 });
    expect(south.members).toEqual({ active: { business: 1, person: 1, 'supported-person': 1 }, inactive: { group: 1 }, activeTotal: 3, inactiveTotal: 1 });
  });

  it('sets care offered against care flowing: offered but never given, given by one source', () => {
    const rows = (map: MapInsights) => map.care.map((r) => `${r.form} ${r.id} ${r.offeredBy}/${r.givenBy}/${r.receivedBy}`);
    expect(rows(north)).toEqual([
      'formal care-coordination 1/1/1',
      'formal medication-support 1/1/1',
      'formal nursing-care 1/1/2',
      'formal personal-care 1/1/1',
      // The Neighbour is anonymised: what they offer is not published, what they give is.
      'informal check-in-calls 0/1/1',
      'informal companionship 1/2/1',
      'informal peer-support 1/1/1',
      'informal shopping 1/1/1',
      'informal social-activities 1/0/0',
    ]);
    expect(rows(south)).toEqual([
      'formal care-coordination 1/1/1',
      'formal meals-service 1/1/1',
      'formal nursing-care 1/1/1',
      'informal check-in-calls 0/1/1',
      'informal companionship 1/2/2',
      'informal meals 1/1/1',
      'informal peer-support 1/1/1',
      'informal shopping 1/1/1',
      'informal social-activities 1/0/0',
    ]);
    expect(north.receivingBoth).toBe(1);
    expect(south.receivingBoth).toBe(1);
  });

  it('finds the elements that bridge formal and informal care', () => {
    expect(north.bridging).toEqual(['riverside-co-op']);
    expect(south.bridging).toEqual(['corner-cafe', 'riverside-co-op']);
  });

  it('shows growth from the dates it may publish, and the rest as undated', () => {
    // A connection touching an anonymised element publishes no date.
    expect(north.growth).toEqual({ years: [{ year: 2022, connections: 1, total: 1 }, { year: 2023, connections: 1, total: 2 }, { year: 2024, connections: 0, total: 2 }, { year: 2025, connections: 1, total: 3 }], undated: 7 });
    expect(south.growth).toEqual({ years: [{ year: 2022, connections: 1, total: 1 }, { year: 2023, connections: 1, total: 2 }, { year: 2024, connections: 1, total: 3 }, { year: 2025, connections: 1, total: 4 }], undated: 7 });
  });

  it('lists the public entries due for review, never reviewed first', () => {
    expect(north.dueForReview).toEqual([{ id: 'nina-patel', name: 'Nina Patel' }, { id: 'walking-group', name: 'Walking Group' }, { id: 'valley-clinic', name: 'Valley Clinic', reviewed: '2024-06-01' }]);
    expect(south.dueForReview).toEqual(north.dueForReview);
    expect([north.elementCount, north.connectionCount, south.elementCount, south.connectionCount]).toEqual([8, 10, 9, 11]);
  });
});

describe('network measures', () => {
  it('gives degree and betweenness on each map (betweenness: share of shortest paths between others, worked out pair by pair)', () => {
    const m = (map: MapInsights, name: string) => map.elements[idOf(name)];
    // North: the co-op and A each lie on 9.5 of the 21 pairs' shortest paths; the clinic and Careco on 2.5; B on 1.
    expect(m(north, 'Riverside Co-op')).toEqual({ degree: 5, betweenness: 0.452 });
    expect(m(north, 'Supported Person A')).toEqual({ degree: 5, betweenness: 0.452 });
    expect(m(north, 'Valley Clinic')).toEqual({ degree: 2, betweenness: 0.119 });
    expect(m(north, 'Careco Homecare')).toEqual({ degree: 2, betweenness: 0.119 });
    expect(m(north, 'Supported Person B')).toEqual({ degree: 2, betweenness: 0.0476 });
    expect(m(north, 'Nina Patel')).toEqual({ degree: 2, betweenness: 0 });
    expect(m(north, 'Walking Group')).toEqual({ degree: 1, betweenness: 0 });
    // South, 28 pairs: the co-op 14, A 13, the cafe 8, Nina 4, C 1.
    expect(m(south, 'Riverside Co-op')).toEqual({ degree: 5, betweenness: 0.5 });
    expect(m(south, 'Supported Person A')).toEqual({ degree: 5, betweenness: 0.464 });
    expect(m(south, 'Corner Cafe')).toEqual({ degree: 3, betweenness: 0.286 });
    expect(m(south, 'Nina Patel')).toEqual({ degree: 3, betweenness: 0.143 });
    expect(m(south, 'Supported Person C')).toEqual({ degree: 2, betweenness: 0.0357 });
    expect(m(south, 'Valley Clinic')).toEqual({ degree: 1, betweenness: 0 });
    expect(Object.keys(north.elements)).toHaveLength(8);
    expect(Object.keys(south.elements)).toHaveLength(9);
    expect(north.betweenness).toEqual({ kind: 'exact' });
  });

  it('estimates betweenness from sampled sources above the threshold, and says so', () => {
    // A path of 5: the middle one lies on 4 of the 6 pairs' paths. Sampling every source is exact.
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const path5 = ids.slice(1).map((id, i) => ({ source: ids[i]!, target: id }));
    const exact = networkMeasures(ids, path5);
    expect(exact.byElement.get('c')).toEqual({ degree: 2, betweenness: 0.667 });
    const all = networkMeasures(ids, path5, { exactUpTo: 2, sampledSources: 5 });
    expect(all.method).toEqual({ kind: 'sampled', sources: 5, of: 5 });
    expect([...all.byElement.values()].map((m) => m.betweenness)).toEqual([...exact.byElement.values()].map((m) => m.betweenness));
    // Two sources, spread evenly: b and d. From b, c lies on the paths to d and e; from d, on those to a and b:
    // 4, scaled by 5 elements / 2 sources and normalised by (5 − 1)(5 − 2) = 12: 0.833 (exact: 8 / 12).
    const two = networkMeasures(ids, path5, { exactUpTo: 2, sampledSources: 2 });
    expect(two.method).toEqual({ kind: 'sampled', sources: 2, of: 5 });
    expect(two.byElement.get('c')!.betweenness).toBe(0.833);
  });
});
