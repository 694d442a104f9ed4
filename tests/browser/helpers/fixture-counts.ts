import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { BROOKSIDE } from './site.ts';

interface FrontMatter {
  default?: boolean;
  privacy?: string;
  maps?: string[];
  connections?: { to: string }[];
}

function frontMatter(file: string): FrontMatter {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  return (match ? load(match[1]!) : {}) as FrontMatter;
}

const stem = (file: string) => path.basename(file, path.extname(file));
const markdown = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.md')).map((f) => path.join(folder, f));

/**
 * What the default map of a content folder holds, counted from its files as
 * a reader of SPEC §1 would: elements not hidden whose `maps` is absent or
 * names the map, and the connections between two of them. Counted here,
 * independently of the code under test, so a test that expects these numbers
 * on screen means "the map shows all of it".
 */
export function defaultMapCounts(content: string = BROOKSIDE): { elements: number; connections: number; status: string } {
  const mapFiles = markdown(path.join(content, 'maps'));
  const mapId = stem(mapFiles.find((f) => frontMatter(f).default) ?? mapFiles[0]!);
  const onMap = new Map<string, FrontMatter>();
  for (const file of markdown(path.join(content, 'elements'))) {
    const data = frontMatter(file);
    if (data.privacy === 'hidden' || (data.maps && !data.maps.includes(mapId))) continue;
    onMap.set(stem(file), data);
  }
  let connections = 0;
  for (const data of onMap.values()) connections += (data.connections ?? []).filter((c) => onMap.has(c.to)).length;
  const elements = onMap.size;
  return { elements, connections, status: `All ${elements} elements, ${connections} connections.` };
}
