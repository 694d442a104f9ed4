import type { Diagnostic } from '../../core/diagnostic.ts';
import type { SourceDocument } from '../../core/source.ts';
import { validateContent, type ContentSources } from '../../core/validate/content.ts';
import type { AddFormFile } from '../../site/add-form-file.ts';
import type { ElementText } from './element-text.ts';

/**
 * Checks a new element file exactly as `care-map check` would in the
 * repository: the same zod schema and the same rules, run by the same
 * `validateContent`, over the file as the loader would read it (the writer
 * gives it, see element-text.ts). What the published site knows of the rest of
 * the content stands in for it: site settings, map ids and the public
 * elements this file connects to (their type and care, all the rules about a
 * connection read). Returns the diagnostics about this file only.
 */
export function checkNewElement(file: string, written: Pick<ElementText, 'data' | 'body' | 'bodyLine' | 'locate'>, form: AddFormFile, today: string): Diagnostic[] {
  const doc: SourceDocument = { file, data: written.data, body: written.body, ...(written.bodyLine !== undefined && { bodyLine: written.bodyLine }), locate: written.locate };
  const { site } = form;
  const folder = site.contentPath === '.' ? '' : `${site.contentPath}/`;
  const known = new Map(form.elements.map((e) => [e.id, e]));
  const targets = new Set<string>();
  const data = doc.data as { connections?: unknown };
  if (Array.isArray(data.connections)) {
    for (const item of data.connections as unknown[]) {
      const to = typeof item === 'object' && item !== null ? (item as { to?: unknown }).to : undefined;
      if (typeof to === 'string' && known.has(to)) targets.add(to);
    }
  }
  const sources: ContentSources = {
    root: site.contentPath,
    site: stand(`${folder}site.yml`, { title: site.title, review_after_days: site.reviewAfterDays, care_types: site.careTypes }),
    maps: form.maps.map((m) => ({ id: m.id, doc: stand(`${folder}maps/${m.id}.md`, { title: m.title, ...(m.default && { default: true }) }) })),
    elements: [
      { id: file.slice(file.lastIndexOf('/') + 1, -'.md'.length), doc },
      ...[...targets].map((id) => {
        const { name, type, care } = known.get(id)!;
        return { id, doc: stand(`${folder}elements/${id}.md`, { name, type, ...(care && { care }) }) };
      }),
    ],
  };
  return validateContent(sources, { today }).diagnostics.filter((d) => d.file === file);
}

/** A file of the repository, as far as the published site tells it. */
function stand(file: string, data: Record<string, unknown>): SourceDocument {
  return { file, data, body: '', locate: () => ({ line: 1, column: 1 }) };
}
