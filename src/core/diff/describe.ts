import type { CareOffer } from '../model.ts';
import type { CareVocabulary } from '../vocabulary/care-types.ts';
import { connectionTypeInfo } from '../vocabulary/connection-types.ts';
import { elementTypeLabel } from '../vocabulary/element-types.ts';
import type { ConnectionChange, ConnectionRef, ContentDiff, ElementField, MapChanges } from './content-diff.ts';
import { isEmptyDiff } from './content-diff.ts';
import type { ElementRef } from './element-ref.ts';

/** How a description is written down: plain text for a terminal, or Markdown for a pull request. */
export interface Writing {
  /** Text written by contributors (names, titles), made safe to show. */
  quote(text: string): string;
  strong(text: string): string;
  heading(text: string): string;
  item(text: string): string;
}

export const PLAIN: Writing = { quote: (t) => t, strong: (t) => t, heading: (t) => t, item: (t) => `  ${t}` };

const FIELD_WORDS: Record<ElementField, string> = {
  name: 'name',
  type: 'type',
  summary: 'summary',
  area: 'area',
  website: 'website',
  contact: 'contact',
  care: 'care offered',
  tags: 'tags',
  maps: 'which maps show it',
  reviewed: 'review date',
  privacy: 'privacy',
  alias: 'alias',
  description: 'description',
};

/** The diff in plain words, one map after another, for a reviewer who never opens the files. */
export function describeDiff(diff: ContentDiff, vocabulary: CareVocabulary, w: Writing): string[] {
  if (isEmptyDiff(diff)) return ['No change to the map.'];
  const lines: string[] = [];
  if (diff.site.length > 0) lines.push(`Site settings changed: ${diff.site.join(', ')}.`);
  for (const map of diff.mapsAdded) lines.push(`New map: ${w.quote(map.title)}.`);
  for (const map of diff.mapsRemoved) lines.push(`Map removed: ${w.quote(map.title)}.`);
  for (const map of diff.mapsChanged) lines.push(`Map ${w.quote(map.title)} changed: ${map.fields.join(', ')}.`);
  for (const map of diff.maps) {
    if (lines.length > 0) lines.push('');
    lines.push(w.heading(`On the map “${w.quote(map.title)}”`), ...describeMap(map, vocabulary, w).map(w.item));
  }
  return lines;
}

function describeMap(map: MapChanges, vocabulary: CareVocabulary, w: Writing): string[] {
  const name = (ref: ElementRef) => (ref.private ? w.quote(ref.label) : w.strong(w.quote(ref.label)));
  // A private element's label is its alias, or already says its type.
  const kind = (ref: ElementRef) => (ref.type && !ref.private ? ` (${elementTypeLabel(ref.type)})` : '');
  const lines: string[] = [];
  for (const { element, moved } of map.added) lines.push(`${moved ? 'Now shown here' : 'Added'}: ${name(element)}${kind(element)}`);
  for (const { element, moved } of map.removed) lines.push(`${moved ? 'No longer shown here' : 'Removed'}: ${name(element)}${kind(element)}`);
  for (const { element, fields } of map.changed) lines.push(`Changed: ${name(element)}: ${fields.map((f) => FIELD_WORDS[f]).join(', ')}`);
  const between = (c: ConnectionRef) => `${name(c.ends[0])} and ${name(c.ends[1])}, "${connectionTypeInfo(c.type).label}"`;
  for (const c of map.connectionsAdded) lines.push(`New connection: ${between(c)}`);
  for (const c of map.connectionsRemoved) lines.push(`Connection removed: ${between(c)}`);
  for (const change of map.connectionsChanged) lines.push(`Connection changed: ${between(change.connection)}: ${describeConnectionChange(change, vocabulary, w)}`);
  return lines;
}

function describeConnectionChange(change: ConnectionChange, vocabulary: CareVocabulary, w: Writing): string {
  return change.fields
    .map((field) => (field === 'care' && change.care ? `care now ${w.quote(careWords(change.care.after, vocabulary))} (was ${w.quote(careWords(change.care.before, vocabulary))})` : field))
    .join('; ');
}

function careWords(care: CareOffer, vocabulary: CareVocabulary): string {
  const words = [...care.formal.map((id) => vocabulary.formal[id] ?? id), ...care.informal.map((id) => vocabulary.informal[id] ?? id)];
  return words.length > 0 ? words.join(', ') : 'none';
}
