/**
 * A Kumu project as read from any of Kumu's formats (full JSON export, JSON
 * blueprint, the spreadsheet's two sheets), before it is mapped to our content.
 */

/** A field's value as Kumu gives it: text, or a list (JSON arrays, or "a | b" in a sheet). */
export type KumuValue = string | string[];

export interface KumuElement {
  /** How connections and maps refer to it: Kumu's `_id`, the sheet's `ID`, or else the label. */
  key: string;
  label: string;
  type: string | undefined;
  description: string | undefined;
  tags: string[];
  /** Every other field, under the name Kumu gives it. */
  fields: Map<string, KumuValue>;
  /** Where it was read, for the report: "elements.csv, row 4". */
  at: string;
}

export interface KumuConnection {
  /** An element's key, or its label. */
  from: string;
  to: string;
  type: string | undefined;
  fields: Map<string, KumuValue>;
  at: string;
}

export interface KumuMapView {
  name: string;
  description: string | undefined;
  /** Keys of the elements on it. */
  elements: string[];
}

/** Something of the input that was not imported, and why. */
export interface LeftOut {
  what: string;
  reason: string;
}

export interface KumuProject {
  /** The project's name, where the format has one. */
  name: string | undefined;
  elements: KumuElement[];
  connections: KumuConnection[];
  /** Empty when the format has no maps (blueprint, sheets): then there is one map. */
  maps: KumuMapView[];
  /** Parts of the input no format maps (loops, unknown sections). */
  leftOut: LeftOut[];
}

/** Input that is not a Kumu export: one line, naming the file and, where it helps, the row or JSON path. */
export class KumuInputError extends Error {}

/** A list from a value: JSON arrays as they are, text split at "|" as Kumu's sheets do. */
export function listOf(value: KumuValue | undefined): string[] {
  const items = value === undefined ? [] : Array.isArray(value) ? value : value.split('|');
  return items.map((item) => item.trim()).filter((item) => item.length > 0);
}

/** One line of text from a value: a list joined with commas. */
export function textOf(value: KumuValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = (Array.isArray(value) ? value.join(', ') : value).trim();
  return text.length > 0 ? text : undefined;
}

const fieldKeys = new Map<string, string>();

/** Field names compared as Kumu does: ignoring case, spaces and punctuation. Remembered: a project has few names, each on thousands of elements. */
export function fieldKey(name: string): string {
  let key = fieldKeys.get(name);
  if (key === undefined) {
    key = name.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (fieldKeys.size < 10_000) fieldKeys.set(name, key);
  }
  return key;
}
