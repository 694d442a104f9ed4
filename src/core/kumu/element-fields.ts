import type { ElementInput } from '../schema/element.ts';
import { isRealDate } from '../schema/fields.ts';
import { INDIVIDUAL_TYPES, type ElementType } from '../vocabulary/element-types.ts';
import { careForm, type CareVocabularyBuilder } from './care-fields.ts';
import { fieldKey, listOf, textOf, type KumuElement, type LeftOut } from './project.ts';

/** An element's fields that have a place in our front matter, and the rest counted for the report. */
export interface MappedFields {
  fields: Pick<ElementInput, 'summary' | 'area' | 'website' | 'contact' | 'care' | 'reviewed' | 'privacy' | 'alias'>;
  /** Map names from a "Maps" column (sheets have no maps of their own). */
  mapNames: string[];
}

export interface FieldContext {
  care: CareVocabularyBuilder;
  /** Fields with no place here, with how many elements carry each. */
  unmapped: Map<string, number>;
  /** Texts cut to their limit, by field. */
  cut: Map<string, number>;
  leftOut: LeftOut[];
}

const PRIVACY: Record<string, ElementInput['privacy']> = { public: 'public', anonymised: 'anonymised', anonymized: 'anonymised', hidden: 'hidden' };

/** Maps Kumu fields by name (any case or spacing): care, website/url, summary, area, contact, reviewed, maps, privacy, alias. */
export function mapElementFields(element: KumuElement, type: ElementType, context: FieldContext): MappedFields {
  const fields: MappedFields['fields'] = {};
  const care: { formal?: string[]; informal?: string[] } = {};
  let mapNames: string[] = [];
  for (const [name, value] of element.fields) {
    const form = careForm(name);
    if (form) {
      const ids = context.care.ids(form, value);
      if (ids.length > 0) care[form] = [...new Set([...(care[form] ?? []), ...ids])];
      continue;
    }
    const text = textOf(value);
    if (text === undefined) continue;
    switch (fieldKey(name)) {
      case 'website':
      case 'url':
      case 'web':
        if (/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(text)) fields.website = text;
        else context.leftOut.push({ what: `the website "${text}" of "${element.label}" (${element.at})`, reason: 'not an http: or https: address' });
        break;
      case 'summary':
        fields.summary = fit(oneLine(text), 280, 'summary', context);
        break;
      case 'area':
      case 'neighbourhood':
      case 'locality':
        fields.area = fit(oneLine(text), 120, 'area', context);
        break;
      case 'contact':
        if (INDIVIDUAL_TYPES.includes(type)) context.leftOut.push({ what: `the contact of ${type === 'supported-person' ? 'a supported person' : `"${element.label}"`} (${element.at})`, reason: "people's contact details are never published" });
        else fields.contact = fit(oneLine(text), 280, 'contact', context);
        break;
      case 'reviewed':
      case 'lastreviewed':
        if (isRealDate(text.slice(0, 10)) && /^\d{4}-\d{2}-\d{2}/.test(text)) fields.reviewed = text.slice(0, 10);
        else context.leftOut.push({ what: `the reviewed date "${text}" of "${element.label}" (${element.at})`, reason: 'not a date written YYYY-MM-DD' });
        break;
      case 'maps':
        mapNames = listOf(value);
        break;
      case 'privacy':
        if (PRIVACY[text.toLowerCase()]) fields.privacy = PRIVACY[text.toLowerCase()];
        break;
      case 'alias':
        fields.alias = fit(oneLine(text), 60, 'alias', context);
        break;
      case 'degree':
      case 'betweenness':
      case 'betweennesscentrality':
        // Network measures (ours, or Kumu's own metrics): worked out again from the connections by the build.
        break;
      default:
        context.unmapped.set(name, (context.unmapped.get(name) ?? 0) + 1);
    }
  }
  if (care.formal || care.informal) fields.care = care;
  return { fields, mapNames };
}

/** Text cut to a limit, counted for the report. */
export function fit(text: string, max: number, field: string, context: Pick<FieldContext, 'cut'>): string {
  // Most texts are far shorter than their limit in UTF-16 units already, so they need not be split into characters.
  if (text.length <= max || [...text].length <= max) return text;
  context.cut.set(field, (context.cut.get(field) ?? 0) + 1);
  return [...text].slice(0, max - 1).join('').trimEnd() + '…';
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
