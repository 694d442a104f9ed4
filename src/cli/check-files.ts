import { today } from '../core/calendar.ts';
import { sortDiagnostics, type Diagnostic } from '../core/diagnostic.ts';
import { validateContent, type ContentSources } from '../core/validate/content.ts';
import { parseMarkdownSource, parseYamlSource, type ParsedSource } from '../load/front-matter.ts';

/**
 * What `care-map check` would say of a content folder's files, from their
 * text in memory: the loader's parsers and the same validation. `files` are
 * keyed by their path inside the folder (`site.yml`, `maps/x.md`,
 * `elements/y.md`); `root` is how the folder is named in the diagnostics.
 */
export function checkFiles(files: ReadonlyMap<string, string>, root: string): Diagnostic[] {
  const at = (file: string) => (root === '.' ? file : `${root}/${file}`);
  const diagnostics: Diagnostic[] = [];
  const parsed = (result: ParsedSource) => (result.ok ? result.doc : (diagnostics.push(...result.diagnostics), undefined));
  const site = files.get('site.yml');
  const sources: ContentSources = { root, site: site === undefined ? undefined : parsed(parseYamlSource(at('site.yml'), site)), maps: [], elements: [] };
  for (const [file, text] of files) {
    const [folder, name] = file.split('/');
    const doc = name === undefined ? undefined : parsed(parseMarkdownSource(at(file), text));
    if (doc) (folder === 'maps' ? sources.maps : sources.elements).push({ id: name!.slice(0, -3), doc });
  }
  return sortDiagnostics([...diagnostics, ...validateContent(sources, { today: today() }).diagnostics]);
}
