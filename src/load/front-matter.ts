import { RULES, type Diagnostic } from '../core/diagnostic.ts';
import type { SourceDocument } from '../core/source.ts';
import { parseYaml, yamlLocator } from './yaml-source.ts';

export type ParsedSource = { ok: true; doc: SourceDocument } | { ok: false; diagnostics: Diagnostic[] };

/** Splits a Markdown file into front matter and body, and parses the front matter. */
export function parseMarkdownSource(file: string, text: string): ParsedSource {
  const clean = normalised(text);
  const missing = (message: string): ParsedSource => ({
    ok: false,
    diagnostics: [{ file, line: 1, column: 1, severity: RULES['missing-front-matter'], rule: 'missing-front-matter', message }],
  });
  if (!/^---[ \t]*\r?\n/.test(clean)) {
    return missing('no front matter: the file must start with a line "---", then the keys such as "name:" and "type:", then another "---"');
  }
  if (!/\r?\n---[ \t]*(\r?\n|$)/.test(clean.slice(3)) && !/^---[ \t]*\r?\n---[ \t]*(\r?\n|$)/.test(clean)) {
    return missing('the front matter is not closed: add a line "---" after the last key, before the description');
  }
  const split = splitFrontMatter(clean);
  // The matter text starts at the end of line 1 ("---"), so its lines are the file's lines.
  const parsed = parseYaml(file, split.matter);
  if (!parsed.ok) return parsed;
  if (parsed.data === null || parsed.data === undefined) {
    return missing('the front matter is empty: add at least "name:" and "type:" between the two "---" lines');
  }
  if (typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    return { ok: false, diagnostics: [{ file, line: 2, column: 1, severity: 'error', rule: 'wrong-kind', message: 'the front matter should be "key: value" lines' }] };
  }
  return { ok: true, doc: { file, data: parsed.data, body: split.content, bodyLine: bodyLineOf(clean, split.content), locate: parsed.locate } };
}

/**
 * A Markdown file that we wrote from `data` (the import's files), as
 * parseMarkdownSource reads it, without parsing the front matter back: the
 * body is split off in the same way, and the YAML is parsed only if a
 * diagnostic asks where a field is. `data` must be what the YAML reads as.
 */
export function writtenMarkdownSource(file: string, text: string, data: object): SourceDocument {
  const clean = normalised(text);
  const split = splitFrontMatter(clean);
  return { file, data, body: split.content, bodyLine: bodyLineOf(clean, split.content), locate: yamlLocator(split.matter) };
}

/** A YAML file that we wrote from `data`, as parseYamlSource reads it (see writtenMarkdownSource). */
export function writtenYamlSource(file: string, text: string, data: object): SourceDocument {
  return { file, data, body: '', locate: yamlLocator(text.replace(/^\uFEFF/, '')) };
}

/** Without a byte order mark, and CRLF → LF: line and column numbers stay the same, and no value keeps a stray "\r". */
function normalised(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
}

/** The line on which `body`, the end of `text`, starts. */
function bodyLineOf(text: string, body: string): number {
  const head = text.slice(0, text.length - body.length);
  let line = 1;
  for (let i = head.indexOf('\n'); i !== -1; i = head.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Splits text that starts with "---" into front matter and body, exactly as
 * gray-matter 4 does (tests/unit/front-matter-split.test.ts compares them):
 * the front matter ends at the first line that starts with "---", and one line
 * break after that line is not part of the body.
 */
export function splitFrontMatter(text: string): { matter: string; content: string } {
  const rest = text.slice(3);
  const close = rest.indexOf('\n---');
  if (close === -1) return { matter: rest, content: '' };
  let content = rest.slice(close + 4);
  if (content.startsWith('\r')) content = content.slice(1);
  if (content.startsWith('\n')) content = content.slice(1);
  return { matter: rest.slice(0, close), content };
}

/** Parses a plain YAML file such as site.yml. */
export function parseYamlSource(file: string, text: string): ParsedSource {
  const parsed = parseYaml(file, text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) return parsed;
  const data = parsed.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, diagnostics: [{ file, line: 1, column: 1, severity: 'error', rule: 'wrong-kind', message: 'this file should be "key: value" lines' }] };
  }
  return { ok: true, doc: { file, data, body: '', locate: parsed.locate } };
}
