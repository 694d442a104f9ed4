import { blockYamlWriter } from './block-yaml.ts';
import type { ImportedContent } from './convert.ts';

/** A file of the content folder: its text, and the YAML data in it as the loader reads it back. */
export interface ContentFile {
  text: string;
  /** `site.yml`'s data, or a Markdown file's front matter: the object the text was written from. */
  data: object;
}

/**
 * The content folder's files, by path relative to it. YAML is written as
 * js-yaml writes it (block-yaml.ts), with the YAML 1.2 core schema our loader reads (dates stay plain
 * `2024-01-15`, as contributors write them); it quotes whatever that schema
 * could take for something else, so every value reads back exactly as it was:
 * `data` is what the loader would parse from `text`.
 */
export function* contentFiles(content: ImportedContent): Generator<[string, ContentFile]> {
  const yaml = blockYamlWriter();
  const markdown = (front: object, body: string) => {
    const text = body.replace(/\r\n?/g, '\n').trim();
    return `---\n${yaml(front)}---\n${text ? `${text}\n` : ''}`;
  };
  yield ['site.yml', { text: yaml(content.site), data: content.site }];
  for (const map of content.maps) yield [`maps/${map.id}.md`, { text: markdown(map.front, map.body), data: map.front }];
  for (const element of content.elements) yield [`elements/${element.slug}.md`, { text: markdown(element.front, element.body), data: element.front }];
}
