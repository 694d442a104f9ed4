import type { ElementInput } from '../schema/element.ts';
import type { MapData } from '../schema/map.ts';
import type { SiteData } from '../schema/site.ts';
import { slugify } from '../slug.ts';
import { elementTypeLabel, type ElementType } from '../vocabulary/element-types.ts';
import { CareVocabularyBuilder } from './care-fields.ts';
import { placeConnections, type ConnectionEnd } from './connections.ts';
import { fit, mapElementFields, oneLine, type FieldContext } from './element-fields.ts';
import type { KumuElement, KumuProject, LeftOut } from './project.ts';
import { plural, type ImportReport } from './report.ts';
import { matchElementType } from './type-match.ts';

/** One element file to write: `elements/<slug>.md`. */
export interface ImportedElement {
  slug: string;
  front: ElementInput;
  body: string;
}

export interface ImportedMap {
  id: string;
  front: MapData;
  body: string;
}

/** A complete content folder, as data, and the report of how it was made. */
export interface ImportedContent {
  site: SiteData;
  maps: ImportedMap[];
  elements: ImportedElement[];
  report: ImportReport;
}

interface Draft {
  source: KumuElement;
  slug: string;
  type: ElementType;
  front: ElementInput;
  mapNames: string[];
}

/** Maps a Kumu project to our content: types by label, care fields, maps, slugs, privacy. Pure and deterministic. */
export function convertKumu(project: KumuProject): ImportedContent {
  const leftOut: LeftOut[] = [...project.leftOut];
  const context: FieldContext = { care: new CareVocabularyBuilder(), unmapped: new Map(), cut: new Map(), leftOut };
  const notes: string[] = [];
  const otherTypes = new Map<string, { type: ElementType; count: number }>();
  const slugs = new Set<string>();
  const keys = new Set<string>();
  const drafts: Draft[] = [];
  let anonymised = 0;
  let replacedNames = 0;

  for (const source of project.elements) {
    if (source.label.trim() === '') {
      leftOut.push({ what: `an element (${source.at})`, reason: 'no label' });
      continue;
    }
    if (keys.has(source.key)) {
      leftOut.push({ what: `"${source.label}" (${source.at})`, reason: `a second element with the same ID or label, "${source.key}"` });
      continue;
    }
    keys.add(source.key);
    const match = matchElementType(source.type);
    const tags = source.tags.map((tag) => fit(oneLine(tag), 40, 'tag', context)).filter(Boolean);
    if (!match.exact && source.type !== undefined) {
      const other = otherTypes.get(source.type) ?? { type: match.type, count: 0 };
      otherTypes.set(source.type, { type: other.type, count: other.count + 1 });
      tags.push(fit(oneLine(source.type), 40, 'tag', context));
    }
    const { fields, mapNames } = mapElementFields(source, match.type, context);
    const privacy = fields.privacy ?? (match.type === 'supported-person' ? 'anonymised' : 'public');
    let name = fit(oneLine(source.label), 120, 'name', context);
    if (privacy === 'anonymised') {
      // A label that is already the alias (our own export) is public; the private name must not repeat it.
      if (fields.alias !== undefined && oneLine(fields.alias).toLowerCase() === name.toLowerCase()) name = `Anonymised ${++replacedNames}`;
      else anonymised++;
    }
    const defaultPrivacy = match.type === 'supported-person' ? 'anonymised' : 'public';
    const front: ElementInput = {
      name,
      type: match.type,
      ...(fields.summary !== undefined && { summary: fields.summary }),
      ...(fields.area !== undefined && { area: fields.area }),
      ...(fields.website !== undefined && { website: fields.website }),
      ...(fields.contact !== undefined && { contact: fields.contact }),
      ...(fields.care !== undefined && { care: fields.care }),
      ...(tags.length > 0 && { tags: [...new Set(tags)] }),
      ...(fields.reviewed !== undefined && { reviewed: fields.reviewed }),
      ...(privacy !== defaultPrivacy && { privacy }),
      ...(fields.alias !== undefined && privacy === 'anonymised' && { alias: fields.alias }),
    };
    drafts.push({ source, slug: uniqueSlug(source.label, slugs), type: match.type, front, mapNames });
  }

  const maps = mapViews(project, drafts);
  const byKey = new Map<string, ConnectionEnd>();
  const byLabel = new Map<string, ConnectionEnd[]>();
  for (const draft of drafts) {
    const end = { slug: draft.slug, label: draft.source.label, type: draft.type };
    byKey.set(draft.source.key, end);
    byLabel.set(draft.source.label, [...(byLabel.get(draft.source.label) ?? []), end]);
  }
  const placed = placeConnections(project.connections, { ...context, byKey, byLabel });
  const bySlug = new Map(drafts.map((d) => [d.slug, d]));
  for (const { owner, entry } of placed) (bySlug.get(owner)!.front.connections ??= []).push(entry);

  for (const [kumuType, { type, count }] of otherTypes) {
    notes.push(`Element type "${kumuType}" (${plural(count, 'element')}) is not one of ours: imported as ${elementTypeLabel(type)}, with the tag "${kumuType}".`);
  }
  for (const [field, count] of context.unmapped) notes.push(`Field "${field}" (${plural(count, field.endsWith('(on connections)') ? 'connection' : 'element')}) has no place in Care Commons Map and was not imported.`);
  for (const [field, count] of context.cut) notes.push(`${plural(count, field)} cut short to fit the limit of the field.`);
  if (maps.unplaced > 0) notes.push(`${plural(maps.unplaced, 'element')} on no Kumu map now appear on every map.`);

  const vocabulary = context.care.vocabulary;
  const careTypes = {
    ...(Object.keys(vocabulary.formal).length > 0 && { formal: vocabulary.formal }),
    ...(Object.keys(vocabulary.informal).length > 0 && { informal: vocabulary.informal }),
  };
  const site: SiteData = { title: fit(oneLine(project.name ?? 'Care Commons'), 120, 'title', context), ...(Object.keys(careTypes).length > 0 && { care_types: careTypes }) };
  return {
    site,
    maps: maps.views,
    elements: drafts.map(({ slug, front, source }) => ({ slug, front, body: source.description ?? '' })),
    report: { elements: drafts.length, connections: placed.length, maps: maps.views.length, careTypes: context.care.size, anonymised, notes, leftOut },
  };
}

/** Kumu maps (or a Maps column's values) become map files, the first the default; an element not on every map gets a `maps:` list. */
function mapViews(project: KumuProject, drafts: Draft[]): { views: ImportedMap[]; unplaced: number } {
  const ids = new Set<string>();
  const named = project.maps.length > 0 ? project.maps.map((m) => ({ title: m.name, description: m.description })) : [...new Set(drafts.flatMap((d) => d.mapNames))].map((title) => ({ title, description: undefined }));
  if (named.length === 0) named.push({ title: project.name ?? 'Care Commons', description: undefined });
  const views = named.map(({ title, description }, i): ImportedMap => ({
    id: uniqueSlug(title, ids, 'map'),
    front: { title: oneLine(title).slice(0, 120) || `Map ${i + 1}`, ...(i === 0 && { default: true }), order: i + 1 },
    body: description ?? '',
  }));
  const onMaps = new Map<string, string[]>();
  if (project.maps.length > 0) {
    project.maps.forEach((m, i) => {
      for (const key of new Set(m.elements)) onMaps.set(key, [...(onMaps.get(key) ?? []), views[i]!.id]);
    });
  } else {
    const idOf = new Map(named.map((n, i) => [n.title, views[i]!.id]));
    for (const d of drafts) if (d.mapNames.length > 0) onMaps.set(d.source.key, [...new Set(d.mapNames.map((n) => idOf.get(n)!))]);
  }
  let unplaced = 0;
  for (const draft of drafts) {
    const on = onMaps.get(draft.source.key);
    if (!on) {
      if (project.maps.length > 0) unplaced++;
    } else if (on.length < views.length) draft.front.maps = on;
  }
  return { views, unplaced };
}

/** The slug of a label, made unique with "-2", "-3"… in the order of the input, so the same input gives the same slugs. */
function uniqueSlug(label: string, taken: Set<string>, fallback = 'element'): string {
  const base = slugify(label) || fallback;
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base.slice(0, 75)}-${n}`;
  taken.add(slug);
  return slug;
}
