import type { Diagnostic } from '../diagnostic.ts';
import { mapSchema } from '../schema/map.ts';
import type { CareMap } from '../model.ts';
import { isSlug } from '../slug.ts';
import { reporter, type SourceDocument } from '../source.ts';
import { checkShape } from './shape.ts';

/** The map views, sorted by order then id; exactly one is the default. */
export function checkMaps(docs: readonly { id: string; doc: SourceDocument }[], out: Diagnostic[]): CareMap[] {
  const maps: { map: CareMap; doc: SourceDocument }[] = [];
  for (const { id, doc } of docs) {
    const report = reporter(doc, out);
    if (!isSlug(id)) {
      report('invalid-slug', [], `map file name "${id}" is not a valid id: use lowercase letters a-z, digits and single hyphens`);
    }
    const data = checkShape(mapSchema, doc.data, report);
    if (!data) continue;
    maps.push({ map: { id, title: data.title, default: data.default === true, order: data.order ?? 0, intro: doc.body }, doc });
  }
  const defaults = maps.filter((m) => m.map.default);
  if (docs.length === 0) {
    out.push({ file: 'content/maps', line: 1, column: 1, severity: 'error', rule: 'default-map', message: 'no map found: add content/maps/<map-id>.md with "default: true"' });
  } else if (defaults.length === 0 && maps.length === docs.length) {
    const first = maps[0]!;
    reporter(first.doc, out)('default-map', ['title'], 'no map is marked "default: true"; mark exactly one, the one the home page shows');
  }
  for (const extra of defaults.slice(1)) {
    reporter(extra.doc, out)('default-map', ['default'], `only one map may be "default: true"; "${defaults[0]!.map.id}" already is`);
  }
  return maps.map((m) => m.map).sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
