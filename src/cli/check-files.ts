import { today } from '../core/calendar.ts';
import { sortDiagnostics, type Diagnostic } from '../core/diagnostic.ts';
import type { ContentFile } from '../core/kumu/index.ts';
import { validateContent, type ContentSources } from '../core/validate/content.ts';
import { writtenMarkdownSource, writtenYamlSource } from '../load/front-matter.ts';

/**
 * What `care-map check` would say of the content folder that the import
 * writes, from memory: each file's data as the loader would read it from the
 * text, and the same validation. The YAML is not parsed back, except to find
 * a field that a diagnostic points at. `files` are keyed by their path inside
 * the folder (`site.yml`, `maps/x.md`, `elements/y.md`); `root` is how the
 * folder is named in the diagnostics.
 */
export function checkFiles(files: ReadonlyMap<string, ContentFile>, root: string): Diagnostic[] {
  const at = (file: string) => (root === '.' ? file : `${root}/${file}`);
  const site = files.get('site.yml');
  const sources: ContentSources = { root, site: site && writtenYamlSource(at('site.yml'), site.text, site.data), maps: [], elements: [] };
  for (const [file, { text, data }] of files) {
    const [folder, name] = file.split('/');
    if (name === undefined) continue;
    (folder === 'maps' ? sources.maps : sources.elements).push({ id: name.slice(0, -3), doc: writtenMarkdownSource(at(file), text, data) });
  }
  return sortDiagnostics(validateContent(sources, { today: today() }).diagnostics);
}
