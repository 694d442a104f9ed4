/**
 * A realistic synthetic care commons of N elements, deterministic from a seed.
 *
 *   tsx bench/generate.ts --n 1000 --seed 1 --out DIR [--today YYYY-MM-DD]
 *
 * Writes a complete content folder (site.yml, three maps, elements/*.md,
 * pages/about.mdx) that `care-map check` accepts with no errors. The region is
 * split into one local commons per ~500 elements, each with its convening
 * partner, a town and a handful of neighbourhoods; most connections stay
 * inside a commons, a few cross to a neighbouring one, and every convening
 * partner is a member of the first (the regional convener), so the graph has
 * the clustered, hub-and-spoke shape of a real regional network.
 *
 * Every connection touches a convening partner (memberships) or a supported
 * person (support, with care from the giver's own `care`): those are the only
 * four connection types. Mean degree ≈ 3, as in the Larkfield example.
 *
 * Privacy: supported persons are anonymised (a few chose to be named), a few
 * persons are hidden, and the words of every private name are also words of
 * some public element's name, so no private name can be singled out in public
 * text (the checker's `private-name` rule).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { slugify } from '../src/core/slug.ts';
import { DEFAULT_CARE_VOCABULARY } from '../src/core/vocabulary/care-types.ts';
import type { ElementType } from '../src/core/vocabulary/element-types.ts';
import * as W from './words.ts';

// ---------------------------------------------------------------- random

/** sfc32, seeded through splitmix32: small, fast and the same everywhere. */
function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

class Rng {
  constructor(readonly next: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error('pick from an empty list');
    return list[Math.floor(this.next() * list.length)]!;
  }
  /** k distinct items, in list order. */
  some<T>(list: readonly T[], k: number): T[] {
    const chosen = new Set<number>();
    const want = Math.min(k, list.length);
    while (chosen.size < want) chosen.add(Math.floor(this.next() * list.length));
    return [...chosen].sort((x, y) => x - y).map((i) => list[i]!);
  }
  weighted<T>(items: readonly T[], weight: (item: T) => number, total?: number): T {
    const sum = total ?? items.reduce((s, item) => s + weight(item), 0);
    let r = this.next() * sum;
    for (const item of items) {
      r -= weight(item);
      if (r < 0) return item;
    }
    return items[items.length - 1]!;
  }
}

// ---------------------------------------------------------------- model

type Form = 'formal' | 'informal';
type Care = Record<Form, string[]>;

interface Connection {
  to: string;
  type: 'commons-membership' | 'inactive-commons-membership' | 'not-in-support-plan' | 'shared-support-plan';
  since?: string;
  role?: string;
  note?: string;
  care?: Care;
}

interface Element {
  slug: string;
  name: string;
  type: ElementType;
  commons: number;
  area: string;
  summary?: string;
  website?: string;
  contact?: string;
  care: Care;
  tags: string[];
  maps?: string[];
  reviewed?: string;
  privacy?: 'public' | 'anonymised' | 'hidden';
  alias?: string;
  connections: Connection[];
  body: string;
  /** Care worker, family carer, etc.: shapes roles and text. */
  persona?: string;
}

interface Commons {
  town: string;
  areas: string[];
  partner?: Element;
}

export interface GenerateOptions {
  n: number;
  seed: number;
  /** The day reviews are counted back from; fixed by default so the output depends only on n and seed. */
  today?: string;
}

export interface GeneratedCommons {
  files: Map<string, string>;
  stats: {
    elements: number;
    byType: Record<string, number>;
    connections: number;
    byConnectionType: Record<string, number>;
    anonymised: number;
    hidden: number;
    restricted: number;
    meanDegree: number;
  };
  /** Plain Markdown of every element (title + body), for the bare Astro floor. */
  pages: { slug: string; title: string; body: string }[];
}

const MAPS = [
  { id: 'regional', title: 'Regional Care Commons', default: true, order: 1 },
  { id: 'support-plans', title: 'Support Plans and Services', order: 2 },
  { id: 'prototype', title: 'Prototype Map', order: 3 },
] as const;

/** Share of each type; convening partners are one per ~500 elements on top. */
const TYPE_SHARES: [ElementType, number][] = [
  ['supported-person', 0.15],
  ['person', 0.25],
  ['organisation', 0.16],
  ['group', 0.14],
  ['business', 0.13],
  ['regulated-social-care-provider', 0.08],
  ['health-care-provider', 0.09],
];

/** Care each type plausibly gives. */
const CARE_BY_TYPE: Record<ElementType, Care> = {
  'person': { formal: ['personal-care', 'medication-support', 'respite-care'], informal: ['companionship', 'check-in-calls', 'shopping', 'meals', 'transport', 'household-tasks', 'accompanying', 'digital-help', 'pet-care', 'emotional-support'] },
  'supported-person': { formal: [], informal: ['companionship', 'peer-support', 'digital-help', 'emotional-support'] },
  'group': { formal: [], informal: ['social-activities', 'peer-support', 'companionship', 'emotional-support', 'meals', 'transport'] },
  'business': { formal: ['meals-service'], informal: ['meals', 'shopping', 'transport', 'household-tasks', 'digital-help', 'check-in-calls'] },
  'organisation': { formal: ['advocacy', 'welfare-advice', 'housing-support', 'social-work', 'care-coordination'], informal: ['check-in-calls', 'companionship', 'transport', 'digital-help', 'peer-support', 'social-activities'] },
  'regulated-social-care-provider': { formal: ['personal-care', 'medication-support', 'respite-care', 'reablement', 'meals-service', 'care-coordination'], informal: ['companionship', 'social-activities'] },
  'health-care-provider': { formal: ['primary-care', 'nursing-care', 'mental-health-support', 'physiotherapy', 'occupational-therapy', 'pharmacy', 'medication-support'], informal: [] },
  'convening-partner': { formal: ['care-coordination', 'personal-care'], informal: ['check-in-calls', 'companionship'] },
};

/** How often a supported person's circle draws on each type. */
const GIVER_WEIGHT: Record<ElementType, number> = {
  'person': 1,
  'supported-person': 0.15,
  'group': 0.9,
  'business': 0.8,
  'organisation': 1,
  'regulated-social-care-provider': 3,
  'health-care-provider': 3,
  'convening-partner': 0,
};

const TAGS: Record<ElementType, string[]> = {
  'person': ['care worker', 'volunteer', 'neighbour', 'family carer', 'driver', 'founder member', 'befriender', 'retired', 'student', 'night carer', 'cook', 'gardener'],
  'supported-person': ['direct payment', 'lives alone', 'dementia', 'sight loss', 'stroke', 'multiple sclerosis', 'after hospital', 'wheelchair user', 'learning disability', 'carer lives in'],
  'group': ['social', 'outdoors', 'music', 'crafts', 'peer support', 'weekly', 'monthly', 'free', 'accessible', 'dementia friendly', 'men', 'older people'],
  'business': ['food', 'deliveries', 'transport', 'shop', 'café', 'accessible', 'local employer', 'repairs', 'gardening', 'independent'],
  'organisation': ['advice', 'charity', 'housing', 'advocacy', 'volunteering', 'council', 'food', 'transport', 'carers', 'digital inclusion', 'young people'],
  'regulated-social-care-provider': ['CQC registered', 'home care', 'residential', 'respite', 'reablement', 'nursing', 'supported living', 'day care'],
  'health-care-provider': ['NHS', 'GP', 'pharmacy', 'community nursing', 'mental health', 'therapy', 'hospice', 'dental', 'social prescribing'],
  'convening-partner': ['co-operative', 'convening', 'home care', 'multi-stakeholder', 'community owned'],
};

// ---------------------------------------------------------------- generator

const DAY = 86_400_000;

export function generateCommons(options: GenerateOptions): GeneratedCommons {
  const { n, seed } = options;
  if (!Number.isInteger(n) || n < 10) throw new Error('n must be an integer of at least 10');
  const today = Date.parse(`${options.today ?? '2026-11-01'}T00:00:00Z`);
  if (Number.isNaN(today)) throw new Error('today must be YYYY-MM-DD');
  const rng = new Rng(seededRandom(seed));
  const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
  const daysAgo = (lo: number, hi: number) => isoDay(today - rng.int(lo, hi) * DAY);

  // Towns and neighbourhoods, one local commons per ~500 elements.
  const commonsCount = Math.max(1, Math.round(n / 500));
  const townNames = new Set<string>();
  const allPlaces = W.PLACE_STARTS.flatMap((s) => W.PLACE_ENDS.map((e) => s + e));
  const commons: Commons[] = [];
  for (let c = 0; c < commonsCount; c++) {
    let town = rng.pick(allPlaces);
    while (townNames.has(town)) town = rng.pick(allPlaces);
    townNames.add(town);
    const areas = new Set<string>([town]);
    const want = rng.int(4, 7);
    while (areas.size < want + 1) {
      areas.add(rng.chance(0.5) ? `${town} ${rng.pick(W.AREA_SUFFIXES)}` : rng.chance(0.5) ? `${rng.pick(W.AREA_PREFIXES)} ${town}` : rng.pick(allPlaces.filter((p) => !townNames.has(p))));
    }
    commons.push({ town, areas: [...areas] });
  }
  const region = `${rng.pick(W.PLACE_STARTS)}shire`;

  // How many of each type.
  const counts = new Map<ElementType, number>();
  counts.set('convening-partner', commonsCount);
  let left = n - commonsCount;
  TYPE_SHARES.forEach(([type, share], i) => {
    const count = i === TYPE_SHARES.length - 1 ? left : Math.round((n - commonsCount) * share);
    counts.set(type, count);
    left -= count;
  });

  // Names: unique display names and slugs.
  const names = new Set<string>();
  const slugs = new Set<string>();
  const claim = (make: () => string, fallback: (base: string, attempt: number) => string): { name: string; slug: string } => {
    let base = '';
    for (let attempt = 0; attempt < 60; attempt++) {
      const name = attempt < 40 ? make() : fallback(base || make(), attempt);
      if (attempt === 0) base = name;
      const slug = slugify(name);
      if (name.length > 120 || !slug || names.has(name.toLowerCase()) || slugs.has(slug)) continue;
      names.add(name.toLowerCase());
      slugs.add(slug);
      return { name, slug };
    }
    throw new Error('could not find a unique name');
  };
  const elements: Element[] = [];
  const make = (type: ElementType, c: number, name: { name: string; slug: string }, extra: Partial<Element> = {}): Element => {
    const element: Element = { ...name, type, commons: c, area: rng.pick(commons[c]!.areas), care: { formal: [], informal: [] }, tags: [], connections: [], body: '', ...extra };
    elements.push(element);
    return element;
  };
  const commonsOf = () => rng.int(0, commonsCount - 1);
  const placeIn = (c: number) => (rng.chance(0.6) ? rng.pick(commons[c]!.areas) : commons[c]!.town);
  const numbered = (base: string, attempt: number) => `${base} ${['Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine'][attempt % 8]}`;

  // Convening partners first: commons 0 is the regional convener.
  commons.forEach((cm, c) => {
    const name = claim(() => `${cm.town} ${rng.pick(W.CP_NOUNS)}`, numbered);
    cm.partner = make('convening-partner', c, name, { area: cm.town });
  });
  const personName = () => `${rng.pick(W.FIRST_NAMES)} ${rng.pick(W.SURNAMES)}`;
  const personalFallback = (_: string, attempt: number) => `${rng.pick(W.FIRST_NAMES)} ${rng.pick(W.FIRST_NAMES.filter((f) => f.length > 3))}-${rng.pick(W.SURNAMES)}${attempt > 55 ? ` ${rng.pick(W.SURNAMES)}` : ''}`;
  for (let i = 0; i < counts.get('person')!; i++) {
    const c = commonsOf();
    make('person', c, claim(personName, personalFallback), { persona: rng.weighted(['care worker', 'neighbour', 'family carer', 'volunteer', 'driver'], (p) => ({ 'care worker': 3, 'neighbour': 3, 'family carer': 2, 'volunteer': 2, 'driver': 1 })[p] ?? 1) });
  }
  const typeNamers: [ElementType, (c: number) => string][] = [
    ['organisation', (c) => (rng.chance(0.12) ? `St ${rng.pick(W.SAINTS)}’s ${rng.pick(['Community Hall', 'Church Hall', 'Community Centre', 'Drop-in'])}` : `${placeIn(c)} ${rng.pick(W.ORGANISATION_NOUNS)}`)],
    ['group', (c) => (rng.chance(0.2) ? `${rng.pick(W.WEEKDAYS)} ${rng.pick(W.GROUP_NOUNS)}` : `${placeIn(c)} ${rng.pick(W.GROUP_NOUNS)}`)],
    [
      'business',
      (c) => {
        const r = rng.next();
        if (r < 0.35) return `${rng.pick(W.SURNAMES)}’s ${rng.pick(W.BUSINESS_OWNED)}`;
        if (r < 0.75) return `${placeIn(c)} ${rng.pick(W.BUSINESS_PLACED)}`;
        return `${rng.pick(W.CAFE_NOUNS)} and ${rng.pick(W.CAFE_NOUNS)} ${rng.pick(['Café', 'Kitchen', 'Bakery', 'Tearoom'])}`;
      },
    ],
    [
      'regulated-social-care-provider',
      (c) => {
        const r = rng.next();
        if (r < 0.4) return `${rng.pick(W.TREES)} ${rng.pick(W.HOUSES)} ${rng.pick(['Care Home', 'Nursing Home', 'Extra Care'])}`;
        if (r < 0.75) return `${rng.pick(W.CARE_STEMS)}${rng.pick(W.CARE_TAILS)} ${rng.pick(W.RSCP_NOUNS)}`;
        return `${placeIn(c)} ${rng.pick(W.RSCP_PLACED)}`;
      },
    ],
    ['health-care-provider', (c) => (rng.chance(0.15) ? `${rng.pick(W.SURNAMES)} ${rng.pick(['Pharmacy', 'Dental Practice', 'Opticians'])}` : `${placeIn(c)} ${rng.pick(W.HEALTH_NOUNS)}`)],
  ];
  for (const [type, namer] of typeNamers) {
    for (let i = 0; i < counts.get(type)!; i++) {
      const c = commonsOf();
      make(type, c, claim(() => namer(c), (base, attempt) => `${base} ${rng.pick(commons[c]!.areas)}${attempt > 50 ? ` ${rng.pick(W.AREA_SUFFIXES)}` : ''}`));
    }
  }

  // A few persons are hidden; a few supported persons chose to be named.
  for (const e of elements) if (e.type === 'person' && rng.chance(0.006)) e.privacy = 'hidden';
  const supportedCount = counts.get('supported-person')!;
  const namedSupported = Math.round(supportedCount * 0.05);
  for (let i = 0; i < namedSupported; i++) {
    const c = commonsOf();
    make('supported-person', c, claim(personName, personalFallback), { privacy: 'public', persona: 'named' });
  }
  // The private ones: names whose every word is also a word of a public name,
  // so no word of theirs can single them out in public text.
  const publicWords = new Set<string>();
  for (const e of elements) if (e.privacy !== 'hidden') for (const w of nameWords(e.name)) publicWords.add(w.toLowerCase());
  const isPublicWord = (w: string) => publicWords.has(w.toLowerCase());
  const firsts = W.FIRST_NAMES.filter(isPublicWord);
  const lasts = W.SURNAMES.filter(isPublicWord);
  // A hidden person with a word of their own in their name stays public instead.
  for (const e of elements) if (e.privacy === 'hidden' && !nameWords(e.name).every(isPublicWord)) delete e.privacy;
  let aliasCount = 0;
  for (let i = namedSupported; i < supportedCount; i++) {
    const c = commonsOf();
    const name = claim(
      () => `${rng.pick(firsts)} ${rng.pick(lasts)}`,
      (_, attempt) => `${rng.pick(firsts)} ${rng.pick(firsts)} ${rng.pick(lasts)}${attempt > 55 ? ` ${rng.pick(lasts)}` : ''}`,
    );
    const e = make('supported-person', c, name);
    if (rng.chance(0.03)) e.alias = `Neighbour ${++aliasCount} in ${e.area}`;
  }

  // Care offered.
  for (const e of elements) {
    const pool = CARE_BY_TYPE[e.type];
    if (e.type === 'person') {
      const worker = e.persona === 'care worker';
      e.care = { formal: worker ? rng.some(pool.formal, rng.int(1, 2)) : [], informal: rng.some(pool.informal, rng.int(worker ? 0 : 1, 3)) };
    } else if (e.type === 'supported-person') {
      e.care = { formal: [], informal: rng.chance(0.25) ? rng.some(pool.informal, rng.int(1, 2)) : [] };
    } else if (e.type === 'convening-partner') {
      e.care = { formal: [...pool.formal], informal: [...pool.informal] };
    } else {
      const k = rng.int(1, 3);
      const formal = pool.formal.length === 0 ? 0 : pool.informal.length === 0 ? k : rng.int(0, k);
      e.care = { formal: rng.some(pool.formal, formal), informal: rng.some(pool.informal, k - formal) };
    }
    // Some never give care: members only.
    if (e.type !== 'convening-partner' && e.type !== 'supported-person' && rng.chance(e.type === 'person' ? 0.25 : 0.15)) e.care = { formal: [], informal: [] };
  }

  // Support: each supported person's circle, mostly from their own commons.
  const byCommons: Element[][] = commons.map(() => []);
  for (const e of elements) if (e.care.formal.length + e.care.informal.length > 0 && e.type !== 'convening-partner') byCommons[e.commons]!.push(e);
  const totals = byCommons.map((list) => list.reduce((s, e) => s + GIVER_WEIGHT[e.type], 0));
  const supportKeys = new Set<string>();
  for (const sp of elements) {
    if (sp.type !== 'supported-person') continue;
    const withPlan = rng.chance(0.6);
    const circle = rng.int(2, 9);
    const partner = commons[sp.commons]!.partner!;
    if (withPlan && rng.chance(0.7)) addSupport(partner, sp, 'shared-support-plan');
    for (let k = 0; k < circle; k++) {
      const c = rng.chance(0.06) ? Math.min(commonsCount - 1, Math.max(0, sp.commons + (rng.chance(0.5) ? 1 : -1))) : sp.commons;
      const list = byCommons[c]!;
      if (list.length === 0) continue;
      const giver = rng.weighted(list, (e) => GIVER_WEIGHT[e.type], totals[c]);
      if (giver === sp) continue;
      addSupport(giver, sp, withPlan && rng.chance(0.75) ? 'shared-support-plan' : 'not-in-support-plan');
    }
  }
  function addSupport(giver: Element, sp: Element, type: 'shared-support-plan' | 'not-in-support-plan'): void {
    const key = `${giver.slug}\0${sp.slug}`;
    if (supportKeys.has(key) || supportKeys.has(`${sp.slug}\0${giver.slug}`)) return;
    supportKeys.add(key);
    const offered = [...giver.care.formal.map((id) => ['formal', id] as const), ...giver.care.informal.map((id) => ['informal', id] as const)];
    const flowing = rng.some(offered, rng.int(1, Math.min(2, offered.length)));
    const care: Care = { formal: flowing.filter(([f]) => f === 'formal').map(([, id]) => id), informal: flowing.filter(([f]) => f === 'informal').map(([, id]) => id) };
    const connection: Connection = { to: sp.slug, type, since: daysAgo(30, 2400), care };
    const role = supportRole(giver);
    if (role && rng.chance(0.7)) connection.role = role;
    if (rng.chance(0.3)) connection.note = supportNote(giver, care);
    giver.connections.push(connection);
  }
  function supportRole(giver: Element): string | undefined {
    switch (giver.type) {
      case 'person':
        return giver.persona === 'care worker' ? rng.pick(['worker member', 'care worker', 'key worker']) : giver.persona === 'family carer' ? rng.pick(['daughter', 'son', 'niece', 'grandson', 'sister', 'family carer']) : rng.pick(['neighbour', 'friend', 'befriender', 'volunteer driver']);
      case 'health-care-provider':
        return rng.pick(['GP practice', 'district nurse', 'pharmacist', 'community psychiatric nurse', 'physiotherapist']);
      case 'regulated-social-care-provider':
        return rng.pick(['home care provider', 'respite stays', 'day centre', 'reablement']);
      case 'convening-partner':
        return 'care coordinator';
      case 'supported-person':
        return 'peer supporter';
      default:
        return undefined;
    }
  }
  function supportNote(giver: Element, care: Care): string {
    const labels = [...care.formal.map((id) => DEFAULT_CARE_VOCABULARY.formal[id]!), ...care.informal.map((id) => DEFAULT_CARE_VOCABULARY.informal[id]!)].map((l) => l.toLowerCase());
    const when = rng.pick([`every ${rng.pick(W.WEEKDAYS)}`, 'most mornings', 'twice a week', 'once a fortnight', 'when needed', 'weekday evenings']);
    return `${labels.join(' and ')}, ${when}${giver.type === 'business' ? ', paid from a direct payment' : ''}.`.replace(/^./, (ch) => ch.toUpperCase());
  }

  // Membership of the local commons (declared in the member's file).
  const regional = commons[0]!.partner!;
  for (const cm of commons.slice(1)) cm.partner!.connections.push({ to: regional.slug, type: 'commons-membership', since: daysAgo(200, 1500), role: 'local convening partner' });
  for (const e of elements) {
    if (e.type === 'convening-partner' || e.privacy === 'hidden' && rng.chance(0.5)) continue;
    const gives = e.connections.length > 0;
    const p = e.type === 'supported-person' ? 0.55 : e.type === 'person' ? (e.persona === 'care worker' ? 0.85 : 0.35) : 0.3;
    const hasSupport = e.type === 'supported-person';
    if (!gives && !hasSupport ? true : rng.chance(p)) {
      const inactive = rng.chance(0.12);
      const role = e.type === 'supported-person' ? 'supported member' : e.type === 'person' ? (e.persona === 'care worker' ? 'worker member' : 'community member') : 'partner member';
      e.connections.unshift({ to: commons[e.commons]!.partner!.slug, type: inactive ? 'inactive-commons-membership' : 'commons-membership', since: daysAgo(60, 1800), role });
    }
  }
  // A supported person nobody supports yet, who is no member, would stand alone: make them a member.
  const touched = new Set<string>();
  for (const e of elements) for (const c of e.connections) touched.add(c.to);
  for (const e of elements) {
    if (e.connections.length === 0 && !touched.has(e.slug) && e.type !== 'convening-partner') {
      e.connections.push({ to: commons[e.commons]!.partner!.slug, type: 'commons-membership', since: daysAgo(60, 1800), role: e.type === 'supported-person' ? 'supported member' : 'community member' });
    }
  }

  // Maps: some elements appear only on some views.
  for (const e of elements) {
    if (e.type === 'convening-partner') continue;
    const r = rng.next();
    if (r < 0.05) e.maps = ['regional', 'support-plans'];
    else if (r < 0.08) e.maps = ['prototype'];
    else if (r < 0.11) e.maps = ['regional', 'prototype'];
    else if (r < 0.12) e.maps = ['support-plans'];
  }

  // Text and the remaining fields.
  for (const e of elements) describe(e, commons[e.commons]!, rng, daysAgo);

  // Files.
  const files = new Map<string, string>();
  files.set('site.yml', siteYml(region, commons));
  for (const map of MAPS) files.set(`maps/${map.id}.md`, mapFile(map, region));
  files.set('pages/about.mdx', `---\ntitle: About this map\norder: 1\n---\nThe ${region} care commons is a synthetic network made by the benchmark generator: every person, group and organisation in it is invented.\n`);
  const sorted = [...elements].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  for (const e of sorted) files.set(`elements/${e.slug}.md`, elementFile(e));

  const byType: Record<string, number> = {};
  const byConnectionType: Record<string, number> = {};
  let connections = 0;
  for (const e of elements) {
    byType[e.type] = (byType[e.type] ?? 0) + 1;
    for (const c of e.connections) {
      byConnectionType[c.type] = (byConnectionType[c.type] ?? 0) + 1;
      connections++;
    }
  }
  return {
    files,
    stats: {
      elements: elements.length,
      byType,
      connections,
      byConnectionType,
      anonymised: elements.filter((e) => e.type === 'supported-person' && e.privacy === undefined).length,
      hidden: elements.filter((e) => e.privacy === 'hidden').length,
      restricted: elements.filter((e) => e.maps).length,
      meanDegree: (2 * connections) / elements.length,
    },
    pages: sorted.map((e) => ({ slug: e.slug, title: e.name, body: e.body })),
  };
}

// ---------------------------------------------------------------- text

function describe(e: Element, cm: Commons, rng: Rng, daysAgo: (lo: number, hi: number) => string): void {
  const first = e.name.split(' ')[0]!;
  const town = cm.town;
  const area = e.area;
  const careLabels = [...e.care.formal.map((id) => DEFAULT_CARE_VOCABULARY.formal[id]!), ...e.care.informal.map((id) => DEFAULT_CARE_VOCABULARY.informal[id]!)].map((l) => l.toLowerCase());
  const careText = careLabels.length === 0 ? 'a friendly face' : careLabels.length === 1 ? careLabels[0]! : `${careLabels.slice(0, -1).join(', ')} and ${careLabels[careLabels.length - 1]}`;
  const year = 2026 - rng.int(1, 40);
  const day = rng.pick(W.WEEKDAYS);
  const sentences: string[] = [];
  // A paragraph of two to all of its sentences: bodies of one to four paragraphs, mostly three, 40 to 300 words.
  const para = (...list: string[]) => sentences.push(rng.some(list, rng.int(Math.min(2, list.length), list.length)).join(' '));
  const everyday = (who: string) =>
    para(
      `A typical ${day} starts early: ${rng.pick(['the kettle goes on', 'the van is loaded', 'the phone starts ringing', 'the doors open'])} by ${rng.int(7, 9)} o'clock, and by lunchtime ${rng.int(3, 20)} people have been ${rng.pick(['visited', 'fed', 'driven somewhere', 'called', 'helped'])}.`,
      `${who} keeps a list of who might need a hand when the weather turns, and works through it with the co-op's coordinators.`,
      `New faces are always welcome; most people start by ${rng.pick(['coming along to a lunch', 'helping with a delivery round', 'sitting in on a planning meeting', 'joining a walk'])} and take it from there.`,
      `Nothing here is done alone: ${rng.pick(['neighbours', 'volunteers', 'family carers', 'local shops'])} fill the gaps that paid services cannot, and the other way round.`,
      `In ${rng.int(2015, 2025)}, when ${rng.pick(['the bus route was cut', 'the day centre closed', 'the floods came', 'the surgery moved'])}, it was ${who} that ${rng.pick(['kept people in touch', 'organised lifts', 'made sure nobody went without a meal', 'turned the back room into a drop-in'])}.`,
      `Feedback is taken seriously: ${rng.pick(['a suggestion box by the door', 'a short survey each spring', 'a monthly open meeting', 'a phone call after each new arrangement'])} shapes what happens next.`,
    );

  switch (e.type) {
    case 'person':
      e.summary = rng.pick([
        `${cap(e.persona ?? 'neighbour')} in ${area} who offers ${careText}.`,
        `Lives in ${area} and has been part of the ${town} care commons since ${Math.max(year, 2015)}.`,
        `${cap(e.persona ?? 'neighbour')}, ${rng.pick(['retired nurse', 'former bus driver', 'parent of two', 'keen gardener', 'night-shift worker', 'student'])}, giving ${careText}.`,
      ]);
      para(
        `${first} has lived in ${area} for ${rng.int(2, 40)} years and knows most of the street by name.`,
        `${first} offers ${careText} to neighbours who need a hand.`,
        `On ${day}s ${first} is usually at the ${rng.pick(['community hall', 'library', 'allotments', 'café on the parade'])}.`,
        `${first} says the best thing about the care commons is "having time for a cup of tea together".`,
        `Before joining the commons, ${first} worked ${rng.pick(['in a school kitchen', 'for the council', 'in retail', 'as a nurse', 'on the buses'])}.`,
      );
      para(
        `${first} joined ${rng.pick(['after caring for a parent', 'through a friend', 'after retiring', 'at a community lunch'])} and has ${rng.pick(['never looked back', 'brought others along', 'helped train new members'])}.`,
        `What ${first} enjoys most is ${rng.pick(['the conversations on the doorstep', 'seeing someone get their confidence back', 'the Friday lunches', 'knowing the street looks out for itself'])}.`,
        `${first} is happy to ${rng.pick(['show new members the ropes', 'cover a visit at short notice', 'help with forms and phone calls', 'drive to appointments across town'])}.`,
        `Ask the co-op if you would like to be introduced.`,
      );
      if (rng.chance(0.8)) everyday(first);
      e.tags = rng.some(TAGS.person, rng.int(0, 3));
      break;
    case 'supported-person':
      if (e.privacy === 'public') {
        e.summary = `${rng.pick(['Retired', 'Former', 'Long-time'])} ${rng.pick(['teacher', 'postal worker', 'engineer', 'nurse', 'shopkeeper', 'factory worker'])} in ${area}, who chose to be named on this map.`;
        para(`${first} chose to be named on this map.`, `${first} is supported at home by a small team that knows ${rng.pick(['their', 'the'])} routines well.`, `When up to it, ${first} still goes to the ${rng.pick(['library', 'memory café', 'lunch club'])} on ${day}s.`);
        para(`${first} says the team "${rng.pick(['treats me like a person, not a task', 'always has time for a chat', 'knows how I like my tea'])}".`, `Family visit at weekends, and ${rng.pick(['a neighbour', 'a volunteer', 'a friend from church'])} calls in midweek.`, `${first} would like more people to know that care at home can be organised this way.`);
      } else {
        e.summary = `Lives ${rng.pick(['alone', 'with family', 'with a partner'])} in ${area}; supported at home.`;
        para(`Supported at home in ${area} since ${Math.max(year, 2018)}.`, `Likes ${rng.pick(['gardening', 'radio plays', 'crosswords', 'football', 'baking'])}, and a visit on ${day}s.`, `Prefers to be contacted through the co-op.`);
      }
      e.tags = rng.some(TAGS['supported-person'], rng.int(0, 2));
      break;
    default: {
      const what = {
        'organisation': 'charity and community organisation',
        'group': 'community group',
        'business': 'local business',
        'regulated-social-care-provider': 'regulated social care provider',
        'health-care-provider': 'health service',
        'convening-partner': 'multi-stakeholder care co-operative',
      }[e.type];
      e.summary = rng.pick([
        `${cap(what)} in ${area} offering ${careText}.`,
        `${cap(what)} serving ${town} and nearby neighbourhoods since ${year}.`,
        `${cap(what)} that ${rng.pick(['works closely with', 'is a partner of', 'joined'])} the ${town} care commons, offering ${careText}.`,
      ]);
      if (e.type === 'convening-partner') {
        para(
          `${e.name} started in ${Math.max(year, 2012)} around a kitchen table in ${area}, when care workers and families decided that care in ${town} should be organised by the people who give and receive it.`,
          `Today it has three kinds of member: **worker members** who provide care, **supported members** who receive it, and **community and partner members** who make the wider commons work.`,
          `Its job as convening partner is to bring the right people together around each person it supports and to keep this map up to date.`,
        );
      } else {
        para(
          `${e.name} has been part of life in ${area} since ${year}.`,
          `It offers ${careText}${careLabels.length ? ' to people across ' + town : ''}.`,
          `${rng.pick(['Volunteers', 'Staff', 'Members'])} meet on ${day}s${rng.chance(0.5) ? ' and everyone is welcome' : ''}.`,
          `Referrals come from the co-op, the medical practice and word of mouth.`,
          `It is ${rng.pick(['step-free', 'on the number 12 bus route', 'next to the library', 'above the parade'])}.`,
          `It began ${rng.pick(['as a handful of friends', 'in a church hall', 'as a council project', 'as a family business'])} and now has ${rng.int(3, 60)} ${rng.pick(['staff', 'volunteers', 'members'])}.`,
        );
      }
      if (rng.chance(0.8)) everyday(e.name);
      para(
        `It works with the ${town} care commons because ${rng.pick(['care is better when it is shared', 'nobody should be alone', 'neighbours know what neighbours need', 'small things done often make the difference'])}.`,
        `${rng.pick(['In winter', 'In the school holidays', 'Once a month'])} it ${rng.pick(['runs a free lunch', 'opens late', 'hosts a drop-in', 'offers lifts to appointments'])}.`,
        `Contact it through the co-op if you are not sure where to start.`,
      );
      e.tags = rng.some(TAGS[e.type], rng.int(1, 3));
      if (rng.chance(0.6)) e.website = `https://${e.slug.slice(0, 40).replace(/-+$/, '')}.example.org`;
      if (rng.chance(0.5)) e.contact = `Phone 01632 ${rng.int(960000, 960999)}${e.website ? `, email hello@${e.website.replace('https://', '')}` : ''}`;
      if (e.website && rng.chance(0.5)) sentences.push(`Find out more at [${e.website.replace('https://', '')}](${e.website}).`);
    }
  }
  if (rng.chance(0.15)) sentences.push(`- ${rng.pick(['Drop in', 'Phone first', 'Ask for a visit'])}\n- ${rng.pick(['Free', 'Low cost', 'Pay what you can'])}\n- ${rng.pick(['Step-free access', 'Hearing loop', 'Large print available'])}`);
  e.body = sentences.join('\n\n');
  if (rng.chance(0.88)) e.reviewed = daysAgo(0, 360);
}

/** Words of a name exactly as the checker's private-name rule splits them. */
function nameWords(text: string): string[] {
  return (text.match(/[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu) ?? []).map((w) => w.replace(/['’-]+$/, '').replace(/['’]s$/, ''));
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------- files

const q = (text: string) => JSON.stringify(text);
const list = (items: readonly string[], quote = true) => `[${items.map((i) => (quote ? q(i) : i)).join(', ')}]`;

function careYaml(care: Care, indent: string): string {
  let out = '';
  if (care.formal.length) out += `${indent}formal: ${list(care.formal, false)}\n`;
  if (care.informal.length) out += `${indent}informal: ${list(care.informal, false)}\n`;
  return out;
}

function elementFile(e: Element): string {
  let y = `---\nname: ${q(e.name)}\ntype: ${e.type}\n`;
  if (e.summary) y += `summary: ${q(e.summary)}\n`;
  y += `area: ${q(e.area)}\n`;
  if (e.website) y += `website: ${e.website}\n`;
  if (e.contact) y += `contact: ${q(e.contact)}\n`;
  if (e.care.formal.length + e.care.informal.length > 0) y += `care:\n${careYaml(e.care, '  ')}`;
  if (e.tags.length) y += `tags: ${list(e.tags)}\n`;
  if (e.maps) y += `maps: ${list(e.maps, false)}\n`;
  if (e.reviewed) y += `reviewed: ${e.reviewed}\n`;
  if (e.privacy) y += `privacy: ${e.privacy}\n`;
  if (e.alias) y += `alias: ${q(e.alias)}\n`;
  if (e.connections.length) {
    y += 'connections:\n';
    for (const c of e.connections) {
      y += `  - to: ${c.to}\n    type: ${c.type}\n`;
      if (c.since) y += `    since: ${c.since}\n`;
      if (c.role) y += `    role: ${q(c.role)}\n`;
      if (c.note) y += `    note: ${q(c.note)}\n`;
      if (c.care) y += `    care:\n${careYaml(c.care, '      ')}`;
    }
  }
  return `${y}---\n${e.body}\n`;
}

function siteYml(region: string, commons: Commons[]): string {
  return [
    `title: ${q(`${region} Care Commons`)}`,
    `description: ${q(`A synthetic regional network of ${commons.length} local care commons (${commons.map((c) => c.town).slice(0, 4).join(', ')}${commons.length > 4 ? ', …' : ''}), generated for benchmarking.`)}`,
    'repository: https://github.com/equalcare-example/synthetic-care-map',
    'branch: main',
    'review_after_days: 365',
    '',
  ].join('\n');
}

function mapFile(map: (typeof MAPS)[number], region: string): string {
  const intro = {
    'regional': `The whole ${region} network: every local care commons, its convening partner and members, and the care that flows towards the people it supports.`,
    'support-plans': 'Care given inside shared support plans and alongside them, by the services and neighbours around each supported person.',
    'prototype': 'A sketch of partners we are only starting to work with. Treat it as something to argue with, not a directory.',
  }[map.id];
  return `---\ntitle: ${q(map.title)}\n${'default' in map ? 'default: true\n' : ''}order: ${map.order}\n---\n${intro}\n`;
}

/** Writes the generated folder; refuses to overwrite a folder that is not a content folder. */
export function writeCommons(out: string, generated: GeneratedCommons): void {
  if (existsSync(out)) {
    const entries = readdirSync(out);
    if (entries.length > 0 && !entries.includes('site.yml')) throw new Error(`${out} exists and is not a content folder; choose another --out`);
    for (const sub of ['elements', 'maps', 'pages', 'site.yml']) rmSync(path.join(out, sub), { recursive: true, force: true });
  }
  for (const sub of ['elements', 'maps', 'pages']) mkdirSync(path.join(out, sub), { recursive: true });
  for (const [file, text] of generated.files) writeFileSync(path.join(out, file), text);
}

// ---------------------------------------------------------------- command

function main(argv: string[]): void {
  const get = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const n = Number(get('--n') ?? '1000');
  const seed = Number(get('--seed') ?? '1');
  const out = get('--out');
  const today = get('--today');
  if (!out || !Number.isInteger(n) || !Number.isInteger(seed)) {
    process.stderr.write('usage: tsx bench/generate.ts --n 1000 --seed 1 --out DIR [--today YYYY-MM-DD]\n');
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const generated = generateCommons({ n, seed, ...(today ? { today } : {}) });
  writeCommons(out, generated);
  const s = generated.stats;
  process.stderr.write(
    `wrote ${s.elements} elements, ${s.connections} connections (mean degree ${s.meanDegree.toFixed(2)}) to ${out} in ${((performance.now() - started) / 1000).toFixed(1)}s\n` +
      `  types: ${Object.entries(s.byType).map(([k, v]) => `${k} ${v}`).join(', ')}\n` +
      `  connections: ${Object.entries(s.byConnectionType).map(([k, v]) => `${k} ${v}`).join(', ')}\n` +
      `  anonymised ${s.anonymised}, hidden ${s.hidden}, on some maps only ${s.restricted}\n`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
