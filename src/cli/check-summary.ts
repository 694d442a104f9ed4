import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../core/diagnostic.ts';
import { escapeMarkdown } from './markdown.ts';

/**
 * `care-map check --format summary`: every diagnostic as a Markdown table for
 * a pull request's job summary (GitHub shows only the first 10 annotations of
 * a step), errors in the files the pull request changes first. Job summaries
 * of a public repository are public and outlive a rewritten history, so
 * nothing here quotes a private element's name or names its file.
 */
export interface SummaryOptions {
  /** Folder the diagnostic paths are relative to. */
  cwd: string;
  /** The content folder that was checked, as given. */
  contentDir: string;
  /** The same content folder before the change (a pull request's base): files that differ from it are "changed". */
  baseDir?: string;
  env: NodeJS.ProcessEnv;
}

/** Words said in a public place instead of a message that names a private element. */
const PRIVATE_NAME = 'this text mentions the name of an anonymised or hidden entry, and it would be published: write "a neighbour" or the alias instead (run "care-map check" on your own copy to see the word)';
const IN_PRIVATE_FILE = 'a problem in the file of a private entry; an organiser can see it with "care-map check"';

/** A message fit for public places: no private element's name or file. */
export function publicMessage(d: Diagnostic): string {
  return d.rule === 'private-name' ? PRIVATE_NAME : d.message;
}

export function checkSummary(diagnostics: readonly Diagnostic[], elementCount: number | undefined, options: SummaryOptions): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (diagnostics.length === 0) return `### ✅ Content check: no problems\n\n${elementCount ?? 0} elements checked.`;
  const title = errors > 0 ? `### ❌ Content check: ${count(errors, 'error')}, ${count(warnings, 'warning')}` : `### ✅ Content check: no errors, ${count(warnings, 'warning')}`;
  const changed = changedFiles(diagnostics, options);
  const privateFiles = new Set(diagnostics.map((d) => d.file).filter((file) => isPrivateFile(path.resolve(options.cwd, file))));
  const link = lineLink(options.env);
  const row = (d: Diagnostic) => {
    const hidden = privateFiles.has(d.file);
    const where = hidden ? 'a private entry' : `${escapeMarkdown(d.file)}, line ${d.line}`;
    const place = !hidden && link ? `[${where}](${link(d)})` : where;
    const kind = d.severity === 'error' ? '❌ Error: must be fixed' : '⚠️ Warning: worth a look';
    return `| ${kind} | ${place} | ${escapeMarkdown(hidden ? IN_PRIVATE_FILE : publicMessage(d))} (\`${d.rule}\`) |`;
  };
  const table = (heading: string, rows: readonly Diagnostic[]) =>
    rows.length === 0 ? [] : ['', `#### ${heading}`, '', '| | Where | What to fix |', '|---|---|---|', ...bySeverity(rows).map(row)];
  const lines = [title, ''];
  lines.push(errors > 0 ? 'The site cannot be built until every error is fixed. Each line below says where and what to change.' : 'Warnings do not stop the site from being built.');
  if (changed) {
    lines.push(...table('In the files this pull request changes', diagnostics.filter((d) => changed.has(d.file))));
    lines.push(...table('Elsewhere in the content (there before this pull request)', diagnostics.filter((d) => !changed.has(d.file))));
  } else lines.push(...table('Every problem', diagnostics));
  return lines.join('\n');
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function bySeverity(rows: readonly Diagnostic[]): Diagnostic[] {
  return [...rows.filter((d) => d.severity === 'error'), ...rows.filter((d) => d.severity !== 'error')];
}

/** Files of the content that are new or differ from the base; undefined without a base. */
function changedFiles(diagnostics: readonly Diagnostic[], options: SummaryOptions): Set<string> | undefined {
  if (options.baseDir === undefined) return undefined;
  const content = path.resolve(options.cwd, options.contentDir);
  const base = path.resolve(options.cwd, options.baseDir);
  const changed = new Set<string>();
  for (const file of new Set(diagnostics.map((d) => d.file))) {
    const absolute = path.resolve(options.cwd, file);
    const inside = path.relative(content, absolute);
    if (inside.startsWith('..') || path.isAbsolute(inside)) continue;
    const before = path.join(base, inside);
    if (!existsSync(before) || !existsSync(absolute) || !readFileSync(before).equals(readFileSync(absolute))) changed.add(file);
  }
  return changed;
}

/**
 * A supported person (anonymised unless the file says public), or an element
 * marked anonymised or hidden: read from the text itself, since a file with
 * errors has no validated privacy.
 */
function isPrivateFile(file: string): boolean {
  if (!file.endsWith('.md') || !existsSync(file)) return false;
  const text = readFileSync(file, 'utf8');
  if (/^\s*privacy:\s*["']?(anonymised|hidden)\b/m.test(text)) return true;
  return /^\s*type:\s*["']?supported-person\b/m.test(text) && !/^\s*privacy:\s*["']?public\b/m.test(text);
}

/** A link to the line on GitHub, in the commit that was checked, when run in GitHub Actions. */
function lineLink(env: NodeJS.ProcessEnv): ((d: Diagnostic) => string) | undefined {
  const server = env['GITHUB_SERVER_URL'];
  const repository = env['GITHUB_REPOSITORY'];
  const sha = env['GITHUB_SHA'];
  if (!server || !repository || !sha) return undefined;
  return (d) => `${server}/${repository}/blob/${sha}/${d.file.split('/').map(encodeURIComponent).join('/')}#L${d.line}`;
}
