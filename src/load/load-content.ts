import { today } from '../core/calendar.ts';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { compareText, sortDiagnostics, type Diagnostic } from '../core/diagnostic.ts';
import type { SourceDocument } from '../core/source.ts';
import { validateContent, type ContentSources, type ValidationResult } from '../core/validate/content.ts';
import { parseMarkdownSource, parseYamlSource, type ParsedSource } from './front-matter.ts';
import { readContentFile } from './read-file.ts';

export interface LoadOptions {
  /** Folder that diagnostic paths are relative to; default the current folder. */
  cwd?: string;
  /** Today as YYYY-MM-DD; default the real today (UTC). */
  today?: string;
}

/** Reads, parses and validates a content folder. Never throws for bad content. */
export async function loadContent(contentDir: string, options: LoadOptions = {}): Promise<ValidationResult> {
  const cwd = options.cwd ?? process.cwd();
  const root = path.resolve(cwd, contentDir);
  const shown = (absolute: string) => (path.relative(cwd, absolute) || '.').split(path.sep).join('/');
  const diagnostics: Diagnostic[] = [];

  // Paths of the files in a folder, without path.join and path.relative for each of thousands.
  const filesIn = (folder: string) => {
    const absolute = path.join(root, folder);
    const shownFolder = shown(absolute);
    return (name: string) => ({ absolute: absolute + path.sep + name, file: shownFolder === '.' ? name : `${shownFolder}/${name}` });
  };
  const parse = ({ absolute, file }: { absolute: string; file: string }, parser: (file: string, text: string) => ParsedSource): SourceDocument | undefined => {
    const read = readContentFile(absolute, file);
    if (!read.ok) {
      diagnostics.push(read.diagnostic);
      return undefined;
    }
    const parsed = parser(file, read.text);
    if (!parsed.ok) {
      diagnostics.push(...parsed.diagnostics);
      return undefined;
    }
    return parsed.doc;
  };

  const siteFile = filesIn('')('site.yml');
  const rootEntries = await listFiles(root);
  if (rootEntries === undefined) {
    return { diagnostics: [{ file: shown(root), line: 1, column: 1, severity: 'error', rule: 'unreadable-file', message: 'content folder not found; pass --content DIR or set CARE_MAP_CONTENT' }] };
  }
  let site: SourceDocument | undefined;
  if (rootEntries.includes('site.yml')) {
    site = parse(siteFile, parseYamlSource);
  } else {
    diagnostics.push({ file: siteFile.file, line: 1, column: 1, severity: 'error', rule: 'missing-site', message: 'site.yml is missing: create it with at least "title: <name of your care commons>"' });
  }

  /** The .md files in a folder, by id; a warning for any other file. */
  const markdownIn = async (folder: string) => {
    const fileIn = filesIn(folder);
    const files = (await listFiles(path.join(root, folder))) ?? [];
    for (const name of files.filter((f) => !f.endsWith('.md'))) {
      const hint = /\.(markdown|md\.txt|txt|MD|Md|mdx)$/.test(name) ? `; rename it to "${name.replace(/\.[^.]+(\.txt)?$/, '')}.md"` : '';
      diagnostics.push({ file: fileIn(name).file, line: 1, column: 1, severity: 'warning', rule: 'ignored-file', message: `only .md files are read in ${folder}/, so this file is ignored${hint}` });
    }
    return files.filter((f) => f.endsWith('.md')).map((name) => ({ id: name.slice(0, -3), ...fileIn(name) }));
  };
  const sources: ContentSources = { root: shown(root), site, maps: [], elements: [], unparsedElementIds: [] };
  for (const { id, ...file } of await markdownIn('maps')) {
    const doc = parse(file, parseMarkdownSource);
    if (doc) sources.maps.push({ id, doc });
  }
  // Synchronous reads, one file after another: for thousands of small files, far faster than promises.
  for (const { id, ...file } of await markdownIn('elements')) {
    const doc = parse(file, parseMarkdownSource);
    if (doc) sources.elements.push({ id, doc });
    else sources.unparsedElementIds!.push(id);
  }

  const result = validateContent(sources, { today: options.today ?? today() });
  const all = sortDiagnostics([...diagnostics, ...result.diagnostics]);
  return diagnostics.some((d) => d.severity === 'error') ? { diagnostics: all } : { ...result, diagnostics: all };
}

/** File names in a folder, sorted, or undefined when the folder does not exist. */
async function listFiles(folder: string): Promise<string[] | undefined> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort(compareText);
  } catch {
    return undefined;
  }
}
