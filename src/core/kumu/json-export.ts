import { KumuInputError, type KumuConnection, type KumuElement, type KumuMapView, type KumuProject, type KumuValue, type LeftOut } from './project.ts';

type Json = Record<string, unknown>;

/**
 * Kumu's JSON, recognised by its keys: the full-project export ("Export
 * JSON": elements and connections with `_id` and `attributes`, maps listing
 * them by `_id`) or the blueprint (Kumu's import format: flat elements with a
 * `label`, connections naming labels or ids).
 */
export function readKumuJson(value: unknown, file: string): KumuProject {
  if (!isObject(value) || !Array.isArray(value['elements'])) {
    throw new KumuInputError(`${file}: JSON without an "elements" list at the top: not a Kumu export or blueprint`);
  }
  const items = value['elements'];
  const full = items.length > 0 ? isObject(items[0]) && ('_id' in items[0] || 'attributes' in items[0]) : Array.isArray(value['maps']);
  return full ? fullExport(value, file) : blueprint(value, file);
}

const EXPORT_ELEMENT = { label: 'label', type: 'element type', description: 'description', tags: 'tags' } as const;
const EXPORT_CONNECTION = { type: 'connection type' } as const;
const BLUEPRINT_ELEMENT = { label: 'label', type: 'type', description: 'description', tags: 'tags', id: 'id' } as const;
const BLUEPRINT_CONNECTION = { from: 'from', to: 'to', type: 'type' } as const;
const EXPORT_SECTIONS = new Set(['elements', 'connections', 'maps', 'name', 'description']);
const BLUEPRINT_SECTIONS = new Set(['elements', 'connections', 'name', 'description']);

function fullExport(value: Json, file: string): KumuProject {
  const elements = list(value, 'elements', file).map((item, i): KumuElement => {
    const at = `elements[${i}]`;
    const id = requiredText(item, '_id', file, at);
    const attributes = attributesOf(item, file, at);
    const { label, type, description, tags, fields } = split(attributes, EXPORT_ELEMENT);
    return { key: id, label: label ?? '', type, description, tags, fields, at: `${file}: ${at}` };
  });
  const connections = list(value, 'connections', file).map((item, i): KumuConnection => {
    const at = `connections[${i}]`;
    const attributes = attributesOf(item, file, at);
    const { type, fields } = split(attributes, EXPORT_CONNECTION);
    return { from: requiredText(item, 'from', file, at), to: requiredText(item, 'to', file, at), type, fields, at: `${file}: ${at}` };
  });
  const maps = list(value, 'maps', file).map((item, i): KumuMapView => {
    const at = `maps[${i}]`;
    const onMap = Array.isArray(item['elements']) ? item['elements'] : [];
    return {
      name: text(item['name']) ?? `Map ${i + 1}`,
      description: text(item['description']),
      elements: onMap.map((entry, j) => (isObject(entry) ? requiredText(entry, 'element', file, `${at}.elements[${j}]`) : String(entry))),
    };
  });
  return { name: text(value['name']), elements, connections, maps, leftOut: otherSections(value, EXPORT_SECTIONS) };
}

function blueprint(value: Json, file: string): KumuProject {
  const elements = list(value, 'elements', file).map((item, i): KumuElement => {
    const { label, type, description, tags, id, fields } = split(item, BLUEPRINT_ELEMENT);
    return { key: id ?? label ?? '', label: label ?? '', type, description, tags, fields, at: `${file}: elements[${i}]` };
  });
  const connections: KumuConnection[] = [];
  list(value, 'connections', file).forEach((item, i) => {
    const at = `connections[${i}]`;
    const { from, to, type, fields } = split(item, BLUEPRINT_CONNECTION);
    if (from === undefined || to === undefined) throw new KumuInputError(`${file}: ${at} needs "from" and "to"`);
    connections.push({ from, to, type, fields, at: `${file}: ${at}` });
  });
  return { name: text(value['name']), elements, connections, maps: [], leftOut: otherSections(value, BLUEPRINT_SECTIONS) };
}

/** Loops, perspectives and anything else: reported, never silently dropped. */
function otherSections(value: Json, known: ReadonlySet<string>): LeftOut[] {
  return Object.entries(value)
    .filter(([key]) => !known.has(key))
    .map(([key, section]) => ({
      what: Array.isArray(section) ? `${section.length} ${section.length === 1 ? key.replace(/s$/, '') : key}` : `"${key}"`,
      reason: key === 'loops' ? 'Care Commons Map has no loops' : 'not part of a care commons',
    }));
}

type Named<K extends string> = { [P in K]: string | undefined } & { tags: string[]; fields: Map<string, KumuValue> };

const wantedKeys = new WeakMap<object, Map<string, string>>();

/** Takes the named keys out of a record (matched ignoring case); the rest become fields. */
function split<K extends string>(record: Json, names: Record<K, string>): Named<K> {
  let wanted = wantedKeys.get(names);
  if (!wanted) wantedKeys.set(names, (wanted = new Map(Object.entries<string>(names).map(([as, key]) => [key.toLowerCase(), as]))));
  const result = { tags: [] as string[], fields: new Map<string, KumuValue>() } as Named<K>;
  const taken = result as unknown as Record<string, string | undefined>;
  for (const [key, raw] of Object.entries(record)) {
    if (key.startsWith('_')) continue;
    const value = valueOf(raw);
    if (value === undefined) continue;
    const lower = key.toLowerCase();
    const as = wanted.get(lower);
    if (lower === 'tags') result.tags = (Array.isArray(value) ? value : value.split('|')).map((t) => t.trim()).filter(Boolean);
    else if (as !== undefined) taken[as] = text(value);
    else result.fields.set(key, value);
  }
  return result;
}

function valueOf(raw: unknown): KumuValue | undefined {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  if (Array.isArray(raw)) return raw.filter((v) => typeof v === 'string' || typeof v === 'number').map(String);
  return undefined;
}

function list(value: Json, key: string, file: string): Json[] {
  const items = value[key];
  if (items === undefined) return [];
  if (!Array.isArray(items)) throw new KumuInputError(`${file}: "${key}" should be a list`);
  items.forEach((item, i) => {
    if (!isObject(item)) throw new KumuInputError(`${file}: ${key}[${i}] should be an object`);
  });
  return items as Json[];
}

function attributesOf(item: Json, file: string, at: string): Json {
  const attributes = item['attributes'] ?? {};
  if (!isObject(attributes)) throw new KumuInputError(`${file}: ${at}.attributes should be an object`);
  return attributes;
}

function requiredText(item: Json, key: string, file: string, at: string): string {
  const value = item[key];
  if (typeof value !== 'string' && typeof value !== 'number') throw new KumuInputError(`${file}: ${at} has no "${key}"`);
  return String(value);
}

function text(value: unknown): string | undefined {
  if (Array.isArray(value)) return text(value.join(', '));
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
