import { CORE_SCHEMA, dump } from 'js-yaml';
import type { ImportedContent } from './convert.ts';

/**
 * The content folder's files, by path relative to it. YAML is written by
 * js-yaml with the YAML 1.2 core schema our loader reads (dates stay plain
 * `2024-01-15`, as contributors write them); it quotes whatever that schema
 * could take for something else, so every value reads back exactly as it was.
 */
export function contentFiles(content: ImportedContent): Map<string, string> {
  const files = new Map<string, string>();
  files.set('site.yml', yaml(content.site));
  for (const map of content.maps) files.set(`maps/${map.id}.md`, markdown(map.front, map.body));
  for (const element of content.elements) files.set(`elements/${element.slug}.md`, markdown(element.front, element.body));
  return files;
}

function markdown(front: object, body: string): string {
  const text = body.replace(/\r\n?/g, '\n').trim();
  return `---\n${yaml(front)}---\n${text ? `${text}\n` : ''}`;
}

function yaml(value: object): string {
  return dump(value, { schema: CORE_SCHEMA, lineWidth: -1, noRefs: true, quotingType: '"' });
}
