import { readdirSync, statSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import { loadContent } from '../../src/load/load-content.ts';
import type { ValidationResult } from '../../src/core/validate/content.ts';

/** The fixed "today" of every content test, so review dates do not rot. */
export const TODAY = '2026-01-15';

export const FIXTURES = fileURLToPath(new URL('../fixtures/content/', import.meta.url));
/** A small, valid content folder: every test starts from a copy of it. */
export const VALID = path.join(FIXTURES, 'valid');
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A change to one file of the content folder, by path relative to it:
 * new text or bytes, a function of the old text, or null to delete the file.
 */
export type Change = string | Uint8Array | ((old: string) => string) | null;
export type Changes = Record<string, Change>;

export interface TempContent {
  /** The temp folder that holds `content/`: use it as cwd so paths read "content/…". */
  root: string;
  /** The content folder itself. */
  dir: string;
}

/** Copies the valid fixture into a fresh temp folder as `content/`, applies the changes; removed when the test ends. */
export async function makeContent(changes: Changes = {}, base: string = VALID): Promise<TempContent> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'care-map-test-'));
  onTestFinished(() => rm(root, { recursive: true, force: true }));
  const dir = path.join(root, 'content');
  await cp(base, dir, { recursive: true });
  for (const [file, change] of Object.entries(changes)) {
    const target = path.join(dir, file);
    if (change === null) {
      await rm(target, { recursive: true, force: true });
    } else if (typeof change === 'function') {
      const old = await readFile(target, 'utf8');
      const next = change(old);
      if (next === old) throw new Error(`change to ${file} changed nothing`);
      await writeFile(target, next);
    } else {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, change);
    }
  }
  return { root, dir };
}

/** Loads a changed copy of the valid fixture, paths relative to the temp folder ("content/…"). */
export async function checkContent(changes: Changes = {}, today: string = TODAY): Promise<ValidationResult> {
  const { root } = await makeContent(changes);
  return loadContent('content', { cwd: root, today });
}

/** `file:line:column severity rule`: compact, and exact about where a diagnostic points. */
export function where(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`;
}

/** Front matter lines and a body joined into an element file. */
export function markdown(frontMatter: readonly string[], body = 'Some words.'): string {
  return ['---', ...frontMatter, '---', body, ''].join('\n');
}

/** Lines of a connection to the convening partner, so that an element is not isolated. */
export const MEMBER_OF_CO_OP = ['connections:', '  - to: mill-lane-care-co-op', '    type: commons-membership'];

/** 1-based column of `needle` on 1-based `line` of `text`, counted in characters. */
export function columnOf(text: string, line: number, needle: string): number {
  const row = text.split(/\r?\n/)[line - 1];
  if (row === undefined) throw new Error(`no line ${line}`);
  const index = row.indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" not on line ${line}: ${row}`);
  return [...row.slice(0, index)].length + 1;
}

/** Every file under a folder, at any depth, whose name matches. */
export function filesUnder(dir: string, name: RegExp, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const file = path.join(dir, entry);
    if (statSync(file).isDirectory()) filesUnder(file, name, out);
    else if (name.test(entry)) out.push(file);
  }
  return out;
}
