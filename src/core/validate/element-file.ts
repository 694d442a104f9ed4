import { connectionSchema, type ConnectionData } from '../schema/connection.ts';
import { elementSchema, type ElementData } from '../schema/element.ts';
import type { SourceDocument, Report } from '../source.ts';
import { checkShape } from './shape.ts';

/** What one element file yields after its shape was checked: the parts that are sound. */
export interface ElementDraft {
  id: string;
  doc: SourceDocument;
  report: Report;
  /** Fields that passed, even when others did not. */
  fields: Partial<ElementData>;
  /** Connections that passed, with their index in the file's list. */
  connections: { index: number; data: ConnectionData }[];
  /** Whole file passed its shape check. */
  sound: boolean;
}

/**
 * Checks the shape of an element's front matter. When the whole does not fit,
 * each field and each connection is checked alone so that the cross-file rules
 * still see what is sound, and every problem is found in one pass.
 */
export function draftElement(id: string, doc: SourceDocument, report: Report): ElementDraft {
  const whole = checkShape(elementSchema, doc.data, report);
  if (whole) {
    const connections = (whole.connections ?? []).map((data, index) => ({ index, data }));
    return { id, doc, report, fields: whole, connections, sound: true };
  }
  const raw = isRecord(doc.data) ? doc.data : {};
  const fields: Partial<ElementData> = {};
  for (const [key, field] of Object.entries(elementSchema.shape)) {
    if (key === 'connections') continue;
    const parsed = field.safeParse(raw[key]);
    if (parsed.success && parsed.data !== undefined) (fields as Record<string, unknown>)[key] = parsed.data;
  }
  const connections: ElementDraft['connections'] = [];
  if (Array.isArray(raw['connections'])) {
    raw['connections'].forEach((item: unknown, index: number) => {
      const parsed = connectionSchema.safeParse(item);
      if (parsed.success) connections.push({ index, data: parsed.data });
    });
  }
  return { id, doc, report, fields, connections, sound: false };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
