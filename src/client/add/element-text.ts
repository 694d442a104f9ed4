import type { CareOffer } from '../../core/model.ts';
import type { FieldPath, Position, SourceDocument } from '../../core/source.ts';
import { CARE_FORMS } from '../../core/vocabulary/care-types.ts';
import { INDIVIDUAL_TYPES } from '../../core/vocabulary/element-types.ts';
import type { FieldKey, NewElement } from './new-element.ts';

/**
 * The element file the form writes, and the same file as the loader would
 * read it (`data`, `body`, `locate`), so that the browser checks it without
 * shipping a YAML parser: tests/unit/add-form-messages.test.ts holds both
 * equal to what src/load makes of the text, positions included.
 */
export interface ElementText extends Pick<SourceDocument, 'data' | 'body' | 'bodyLine' | 'locate'> {
  text: string;
  /** For each line of the file (index 0 is line 1), the field it came from. */
  lines: (FieldKey | undefined)[];
}

/** A node of the written YAML: where its content starts, and the nodes inside. */
interface Node {
  at: Position;
  entries?: Map<string, { key: Position; value: Node }>;
  items?: Node[];
}

/**
 * Writes the form as an element file, in the order the content guide shows
 * the keys, leaving out what is empty. `name` is always written (empty, if
 * so), so its message lands on its line; `contact` never for a person.
 */
export function elementText(entry: NewElement): ElementText {
  const lines: string[] = ['---'];
  const fields: (FieldKey | undefined)[] = [undefined];
  const put = (field: FieldKey | undefined, line: string) => {
    lines.push(line);
    fields.push(field);
    return lines.length;
  };
  const map = (at: Position): Node => ({ at, entries: new Map() });
  const root = map({ line: 1, column: 1 });
  const data: Record<string, unknown> = {};

  /** `key: value` on a line of its own, at an indent. */
  const scalar = (field: FieldKey, parent: Node, into: Record<string, unknown>, key: string, value: string, indent = '') => {
    const line = put(field, `${indent}${key}: ${plainOrQuoted(value)}`);
    parent.entries!.set(key, { key: { line, column: indent.length + 1 }, value: { at: { line, column: indent.length + key.length + 3 } } });
    into[key] = value;
  };
  /** `key: [a, b]`, each item where it starts. */
  const list = (field: FieldKey, parent: Node, into: Record<string, unknown>, key: string, values: readonly string[], indent = '') => {
    const written = values.map((v) => plainOrQuoted(v, true));
    const line = put(field, `${indent}${key}: [${written.join(', ')}]`);
    let column = indent.length + key.length + 4;
    const items = written.map((text) => {
      const item = { at: { line, column } };
      column += text.length + 2;
      return item;
    });
    parent.entries!.set(key, { key: { line, column: indent.length + 1 }, value: { at: { line, column: indent.length + key.length + 3 }, items } });
    into[key] = [...values];
  };
  const care = (field: FieldKey, parent: Node, into: Record<string, unknown>, offer: CareOffer, indent: string) => {
    if (CARE_FORMS.every((form) => offer[form].length === 0)) return;
    const line = put(field, `${indent}care:`);
    const node = map({ line: line + 1, column: indent.length + 3 });
    const value: Record<string, unknown> = {};
    for (const form of CARE_FORMS) if (offer[form].length > 0) list(field, node, value, form, offer[form], `${indent}  `);
    parent.entries!.set('care', { key: { line, column: indent.length + 1 }, value: node });
    into['care'] = value;
  };
  const text = (field: FieldKey & keyof NewElement) => {
    const value = (entry[field] as string).trim();
    if (value) scalar(field, root, data, field, value);
  };

  scalar('name', root, data, 'name', entry.name.trim());
  if (entry.type) scalar('type', root, data, 'type', entry.type);
  text('summary');
  text('area');
  text('website');
  if (!(entry.type && INDIVIDUAL_TYPES.includes(entry.type))) text('contact');
  care('care', root, data, entry.care, '');
  const tags = entry.tags.split(',').map((t) => t.trim()).filter(Boolean);
  if (tags.length > 0) list('tags', root, data, 'tags', tags);
  if (entry.maps.length > 0) list('maps', root, data, 'maps', entry.maps);
  if (entry.type === 'supported-person') {
    scalar('privacy', root, data, 'privacy', 'anonymised');
    text('alias');
  }
  if (entry.reviewed) scalar('reviewed', root, data, 'reviewed', entry.reviewed);
  if (entry.connections.length > 0) {
    const line = put('connections', 'connections:');
    const sequence: Node = { at: { line: line + 1, column: 3 }, items: [] };
    const written: Record<string, unknown>[] = [];
    entry.connections.forEach((c, i) => {
      const at = `connections.${i}` as const;
      const item = map({ line: lines.length + 1, column: 5 });
      const value: Record<string, unknown> = {};
      const start = lines.length;
      const parts = [
        ['to', c.to],
        ['type', c.type],
        ['since', c.since.trim()],
        ['role', c.role.trim()],
        ['note', c.note.trim()],
      ] as const;
      for (const [key, v] of parts) if (v) scalar(`${at}.${key}`, item, value, key, v, '    ');
      care(`${at}.care`, item, value, c.care, '    ');
      if (lines.length === start) put(at, '    {}');
      // The first line of an item starts "  - " where the others are indented.
      lines[start] = `  - ${lines[start]!.slice(4)}`;
      sequence.items!.push(item);
      written.push(value);
    });
    root.entries!.set('connections', { key: { line, column: 1 }, value: sequence });
    data['connections'] = written;
  }
  const bodyLine = put('body', '---') + 1;
  const body = entry.body.replace(/\r\n/g, '\n').replace(/\s+$/, '');
  for (const line of body ? body.split('\n') : []) put('body', line);
  return { text: `${lines.join('\n')}\n`, lines: fields, data, body: body ? `${body}\n` : '', bodyLine, locate: (path, part = 'key') => locate(root, path, part) };
}

/** The loader's `locate` (src/load/yaml-source.ts) over the nodes written: a key, a value, or the nearest enclosing node. */
function locate(root: Node, path: FieldPath, part: 'key' | 'value'): Position {
  let node = root;
  let position: Position = { line: 1, column: 1 };
  for (const [i, step] of path.entries()) {
    if (node.entries) {
      const pair = node.entries.get(String(step));
      if (!pair) return position;
      position = i === path.length - 1 && part === 'value' ? pair.value.at : pair.key;
      node = pair.value;
    } else if (node.items && typeof step === 'number') {
      const item = node.items[step];
      if (!item) return position;
      position = item.at;
      node = item;
    } else {
      return position;
    }
  }
  return position;
}

/** Words the YAML core schema reads as something other than text. */
const NOT_TEXT = /^(?:~|null|true|false|[-+]?\.?(?:inf|nan))$/i;

/**
 * A value as a person would write it: plain when it can only be read back as
 * the same text (letters first, no character YAML gives a meaning to), in
 * double quotes otherwise: "Phone: 01632 960100", "Flat #3", "017", "true".
 * A day, 2026-03-31, and a web address stay plain: content is read with
 * dates as text, and a colon is special only before a space.
 */
function plainOrQuoted(value: string, inList = false): string {
  if (value === '') return '""';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  if (!inList && /^https?:\/\/[^\s"'`[\]{},#]*[^\s"'`[\]{},#:]$/i.test(value)) return value;
  const plain = inList ? /^[\p{L}][\p{L}\p{N} .'’()/&+-]*$/u : /^[\p{L}][\p{L}\p{N} .,'’()/&+?!-]*$/u;
  return plain.test(value) && !NOT_TEXT.test(value) ? value : JSON.stringify(value);
}
