import jsYaml from 'js-yaml';
import { CARE_FORMS } from '../../core/vocabulary/care-types.ts';
import { INDIVIDUAL_TYPES } from '../../core/vocabulary/element-types.ts';
import { CORE_SCHEMA } from '../../load/yaml-schema.ts';
import type { CareOffer } from '../../core/model.ts';
import type { FieldKey, NewElement } from './new-element.ts';

/** The element file the form writes, and for each of its lines the field it came from (index 0 is line 1). */
export interface ElementText {
  text: string;
  lines: (FieldKey | undefined)[];
}

/**
 * Writes the form as an element file, in the order the content guide shows
 * the keys, leaving out what is empty. `name` is always written (empty, if
 * so), so its message lands on its line; `contact` never for a person.
 */
export function elementText(entry: NewElement): ElementText {
  const lines: string[] = ['---'];
  const fields: (FieldKey | undefined)[] = [undefined];
  const put = (field: FieldKey, line: string) => {
    lines.push(line);
    fields.push(field);
  };
  const text = (field: FieldKey & keyof NewElement, key = field as string, indent = '') => {
    const value = (entry[field] as string).trim();
    if (value) put(field, `${indent}${key}: ${scalar(value)}`);
  };
  put('name', `name: ${scalar(entry.name.trim())}`);
  if (entry.type) put('type', `type: ${entry.type}`);
  text('summary');
  text('area');
  text('website');
  if (!(entry.type && INDIVIDUAL_TYPES.includes(entry.type))) text('contact');
  care(entry.care, '', (line) => put('care', line));
  const tags = entry.tags.split(',').map((t) => t.trim()).filter(Boolean);
  if (tags.length > 0) put('tags', `tags: ${list(tags)}`);
  if (entry.maps.length > 0) put('maps', `maps: ${list(entry.maps)}`);
  if (entry.type === 'supported-person') {
    put('privacy', 'privacy: anonymised');
    text('alias');
  }
  if (entry.reviewed) put('reviewed', `reviewed: ${entry.reviewed}`);
  if (entry.connections.length > 0) put('connections', 'connections:');
  entry.connections.forEach((c, i) => {
    const at = `connections.${i}` as const;
    let first = true;
    const item = (key: string, value: string) => {
      put(`${at}.${key}` as FieldKey, `${first ? '  - ' : '    '}${key}: ${value}`);
      first = false;
    };
    if (c.to) item('to', c.to);
    if (c.type) item('type', c.type);
    for (const key of ['since', 'role', 'note'] as const) if (c[key].trim()) item(key, scalar(c[key].trim()));
    if (first) put(at, '  - {}');
    care(c.care, '    ', (line) => put(`${at}.care`, line));
  });
  put('body', '---');
  const body = entry.body.replace(/\r\n/g, '\n').replace(/\s+$/, '');
  for (const line of body ? body.split('\n') : []) put('body', line);
  return { text: `${lines.join('\n')}\n`, lines: fields };
}

function care(offer: CareOffer, indent: string, put: (line: string) => void): void {
  if (CARE_FORMS.every((form) => offer[form].length === 0)) return;
  put(`${indent}care:`);
  for (const form of CARE_FORMS) if (offer[form].length > 0) put(`${indent}  ${form}: ${list(offer[form])}`);
}

function list(items: readonly string[]): string {
  return `[${items.map((item) => scalar(item, true)).join(', ')}]`;
}

/**
 * A value as a person would write it: plain when it reads back as the same
 * text (with the YAML rules content is read by), in double quotes otherwise:
 * "Phone: 01632 960100", "Flat #3", "yes", "017".
 */
function scalar(value: string, inList = false): string {
  if (value === '') return '""';
  const probe = inList ? `[${value}]` : value;
  try {
    const read = jsYaml.load(`k: ${probe}`, { schema: CORE_SCHEMA }) as { k: unknown } | null;
    const back = inList ? (Array.isArray(read?.k) && read.k.length === 1 ? read.k[0] : undefined) : read?.k;
    if (back === value && !/[&*!]/.test(value[0]!)) return value;
  } catch {
    // Not valid as plain text: quoted below.
  }
  return JSON.stringify(value);
}
