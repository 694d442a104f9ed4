import Fuse from 'fuse.js/basic';
import { careLabel, type CareMapModel } from '../../map/care-map-model.ts';
import type { MapDetails } from './details.ts';

interface SearchRecord {
  name: string;
  area: string;
  tags: string;
  care: string;
}

const FUZZY_LIMIT = 50;

/** Lower case, without accents: "cafe" finds "Café". */
function normalise(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * The search over one map, across name, summary, area, tags and care types.
 * Loaded on first use of the search box, in its own chunk, with the details
 * (summaries and areas), so neither is on the map's critical path. Returns
 * node indices, best match first.
 *
 * Two passes keep a keystroke fast at thousands of elements: first every
 * element containing all the words typed (anywhere in those fields; a name
 * that starts with the query ranks first), which is a plain scan of a few
 * milliseconds; then, only if that finds nothing, fuse.js over the short
 * fields (name, area, tags, care) to forgive typos. Fuzzy matching of long
 * summaries is left out on purpose: it costs the most and finds the least.
 */
export function createSearch(model: CareMapModel, details: MapDetails): (query: string) => number[] {
  const careOf = (i: number) => {
    const care = model.nodes[i]!.care;
    return care ? [...care.formal.map((id) => careLabel(model, 'formal', id)), ...care.informal.map((id) => careLabel(model, 'informal', id))].join(' · ') : '';
  };
  const about = model.nodes.map((n) => details.element(n.id));
  const records: SearchRecord[] = model.nodes.map((n, i) => ({ name: n.name, area: about[i]!.area ?? '', tags: (n.tags ?? []).join(' · '), care: careOf(i) }));
  const names = model.nodes.map((n) => normalise(n.name));
  const haystacks = model.nodes.map((n, i) => normalise([n.name, about[i]!.area, n.tags?.join(' '), records[i]!.care, about[i]!.summary].filter(Boolean).join('\n')));
  const keys = [
    { name: 'name', weight: 4 },
    { name: 'tags', weight: 1.5 },
    { name: 'care', weight: 1.5 },
    { name: 'area', weight: 1.2 },
  ];
  let fuse: Fuse<SearchRecord> | null = null;

  return (query) => {
    const q = normalise(query.trim()).replace(/\s+/g, ' ');
    if (q.length < 2) return [];
    const words = q.split(' ');
    const found: { i: number; rank: number }[] = [];
    for (let i = 0; i < haystacks.length; i++) {
      const text = haystacks[i]!;
      if (!words.every((w) => text.includes(w))) continue;
      const name = names[i]!;
      found.push({ i, rank: name.startsWith(q) ? 0 : name.includes(q) ? 1 : words.every((w) => name.includes(w)) ? 2 : 3 });
    }
    found.sort((a, b) => a.rank - b.rank || names[a.i]!.localeCompare(names[b.i]!, 'en'));
    const results = found.map((f) => f.i);
    if (results.length > 0) return results;
    fuse ??= new Fuse(records, { keys, threshold: 0.34, ignoreLocation: true, minMatchCharLength: 2 }, Fuse.createIndex(keys, records));
    return fuse.search(q, { limit: FUZZY_LIMIT }).map((r) => r.refIndex);
  };
}
