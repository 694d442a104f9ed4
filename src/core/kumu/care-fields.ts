import { slugify } from '../slug.ts';
import type { CareForm, CareVocabulary } from '../vocabulary/care-types.ts';
import { fieldKey, listOf, type KumuValue } from './project.ts';

/** "Formal care", "informal_care", "Informal care offered" → the form; else undefined. */
export function careForm(fieldName: string): CareForm | undefined {
  const key = fieldKey(fieldName);
  if (key.startsWith('informalcare')) return 'informal';
  if (key.startsWith('formalcare')) return 'formal';
  return undefined;
}

/** The care vocabulary the import builds: each distinct value becomes an id (the slug of the value) with its label. */
export class CareVocabularyBuilder {
  readonly vocabulary: CareVocabulary = { formal: {}, informal: {} };
  /** Slugs of the values seen: a few care values recur on thousands of elements. */
  private readonly slugs = new Map<string, string>();

  /** The care ids of a field's values, adding new ones to the vocabulary; values with no letters or digits are skipped. */
  ids(form: CareForm, value: KumuValue): string[] {
    const ids: string[] = [];
    for (const label of listOf(value)) {
      let id = this.slugs.get(label);
      if (id === undefined) this.slugs.set(label, (id = slugify(label)));
      if (!id) continue;
      this.vocabulary[form][id] ??= label.slice(0, 80);
      if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  }

  get size(): number {
    return Object.keys(this.vocabulary.formal).length + Object.keys(this.vocabulary.informal).length;
  }
}
