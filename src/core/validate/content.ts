import { hasErrors, sortDiagnostics, compareText, type Diagnostic } from '../diagnostic.ts';
import type { CareCommons, CareElement, CareOffer, Connection } from '../model.ts';
import type { CareInput } from '../schema/care.ts';
import { isSlug, type ElementId } from '../slug.ts';
import { reporter, type SourceDocument } from '../source.ts';
import { draftElement, type ElementDraft } from './element-file.ts';
import { checkMaps } from './maps.ts';
import { checkConnections } from './rules/connection-rules.ts';
import { checkElementRules } from './rules/element-rules.ts';
import { checkIdentifyingText } from './rules/identifying-text.ts';
import { checkBodyHtml } from './rules/html-rules.ts';
import { checkDuplicateAliases, checkPrivateNames, type PublishedText } from './rules/privacy-rules.ts';
import { checkSite } from './site.ts';

/** A content folder's files, read and parsed but not yet validated. */
export interface ContentSources {
  /** The content folder as shown in messages, e.g. "content". */
  root: string;
  /** `site.yml`, or undefined when it is missing (the loader reports that). */
  site: SourceDocument | undefined;
  maps: { id: string; doc: SourceDocument }[];
  elements: { id: string; doc: SourceDocument }[];
  /** Element files that exist but could not be parsed: still valid targets. */
  unparsedElementIds?: string[];
}

export interface ValidationResult {
  /** Present only when there is no error. */
  commons?: CareCommons;
  /** Every problem found, errors and warnings, in file order. */
  diagnostics: Diagnostic[];
}

export interface ValidationOptions {
  /** Today as YYYY-MM-DD, for review dates. */
  today: string;
}

/** Validates a whole content folder in one pass and, when it is sound, builds the care commons. */
export function validateContent(sources: ContentSources, options: ValidationOptions): ValidationResult {
  const out: Diagnostic[] = [];
  const site = checkSite(sources.site?.data, sources.site ? reporter(sources.site, out) : () => {});
  const maps = checkMaps(sources.maps, out);
  const mapIds = new Set(sources.maps.map((m) => m.id));

  checkSlugs(sources.elements, out);
  const drafts = sources.elements.map(({ id, doc }) => draftElement(id, doc, reporter(doc, out)));
  for (const broken of sources.unparsedElementIds ?? []) {
    drafts.push(draftElement(broken, { file: '', data: {}, body: '', locate: () => ({ line: 1, column: 1 }) }, () => {}));
  }
  const context = { vocabulary: site.careTypes, mapIds, reviewAfterDays: site.reviewAfterDays, today: options.today };
  for (const draft of drafts) checkElementRules(draft, context, draft.report);
  const passed = checkConnections(drafts, site.careTypes);
  const published: PublishedText[] = sources.maps.map(({ doc }) => ({ doc, fields: [{ path: ['title'], text: stringAt(doc.data, 'title') }], body: true }));
  if (sources.site) {
    const doc = sources.site;
    published.push({ doc, fields: ['title', 'description'].map((key) => ({ path: [key], text: stringAt(doc.data, key) })), body: false });
  }
  checkPrivateNames(drafts.filter((d) => d.doc.file), published, out);
  checkIdentifyingText(drafts.filter((d) => d.doc.file), out);
  checkDuplicateAliases(drafts.filter((d) => d.doc.file), out);
  for (const draft of drafts) if (draft.doc.file) checkBodyHtml(draft.doc, out);
  for (const { doc } of sources.maps) checkBodyHtml(doc, out);

  const connected = new Set<string>();
  for (const { draft, data } of passed) connected.add(draft.id).add(data.to);
  for (const draft of drafts) {
    if (draft.doc.file && draft.sound && !connected.has(draft.id) && draft.connections.length === 0) {
      const hint = draft.fields.type === 'supported-person' ? 'add a support connection from someone who gives care' : 'add a membership of the convening partner or a support connection';
      draft.report('isolated-element', ['name'], `"${draft.id}" has no connections, so it floats alone on the map; ${hint}`);
    }
  }

  const diagnostics = sortDiagnostics(out);
  if (hasErrors(diagnostics)) return { diagnostics };
  const elements = drafts.filter((d) => d.doc.file).map(toElement).sort((a, b) => compareText(a.id, b.id));
  const connections = passed
    .map(({ draft, data }) => toConnection(draft.id, data))
    .sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to) || compareText(a.type, b.type));
  return { commons: { site, maps, elements, connections }, diagnostics };
}

function checkSlugs(elements: ContentSources['elements'], out: Diagnostic[]): void {
  const byLower = new Map<string, string>();
  // A valid slug wins over its miscased twin, so the clash is reported on the file to rename.
  // isSlug once per file, not in the comparison (thousands of files, a dozen comparisons each).
  const ordered = elements.map(({ id }) => ({ id, valid: isSlug(id) })).sort((a, b) => Number(b.valid) - Number(a.valid) || compareText(a.id, b.id));
  for (const { id } of ordered) {
    if (!byLower.has(id.toLowerCase())) byLower.set(id.toLowerCase(), id);
  }
  for (const { id, doc } of elements) {
    const first = byLower.get(id.toLowerCase())!;
    const report = reporter(doc, out);
    if (first !== id) {
      report('slug-case-clash', [], `file name "${id}" differs from "${first}" only in case; slugs must be unique ignoring case: rename or merge one`);
    } else if (!isSlug(id)) {
      report('invalid-slug', [], `file name "${id}.md" is not a valid slug: use lowercase letters a-z, digits and single hyphens, e.g. "corner-cafe.md"`);
    }
  }
}

function toElement(draft: ElementDraft): CareElement {
  const f = draft.fields;
  const type = f.type!;
  return {
    id: draft.id as ElementId,
    name: f.name!,
    type,
    ...(f.summary !== undefined && { summary: f.summary }),
    ...(f.area !== undefined && { area: f.area }),
    ...(f.website !== undefined && { website: f.website }),
    ...(f.contact !== undefined && { contact: f.contact }),
    care: toCare(f.care),
    tags: f.tags ?? [],
    ...(f.maps !== undefined && { maps: f.maps }),
    ...(f.reviewed !== undefined && { reviewed: f.reviewed }),
    privacy: f.privacy ?? (type === 'supported-person' ? 'anonymised' : 'public'),
    ...(f.alias !== undefined && { alias: f.alias }),
    body: draft.doc.body,
    file: draft.doc.file,
  };
}

function toConnection(from: string, data: NonNullable<ElementDraft['fields']['connections']>[number]): Connection {
  return {
    from: from as ElementId,
    to: data.to as ElementId,
    type: data.type,
    ...(data.since !== undefined && { since: data.since }),
    ...(data.role !== undefined && { role: data.role }),
    ...(data.note !== undefined && { note: data.note }),
    care: toCare(data.care),
  };
}

function toCare(care: CareInput | undefined): CareOffer {
  return { formal: [...(care?.formal ?? [])], informal: [...(care?.informal ?? [])] };
}

function stringAt(data: unknown, key: string): string | undefined {
  const value = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}
