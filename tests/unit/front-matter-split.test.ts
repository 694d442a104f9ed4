import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { parseMarkdownSource, splitFrontMatter } from '../../src/load/front-matter.ts';
import { FIXTURES, PROJECT_ROOT, filesUnder } from '../helpers/content.ts';

/** How the loader split files before: gray-matter, with its YAML parse switched off. */
const SPLIT_ONLY = { engines: { yaml: { parse: () => ({}), stringify: () => '' } } };
const grayMatter = (text: string) => {
  const split = matter(text, SPLIT_ONLY);
  return { matter: split.matter, content: split.content };
};

describe('splitting front matter from the body', () => {
  it('splits every fixture and example file as gray-matter did', () => {
    const files = [...filesUnder(FIXTURES, /\.md$/), ...filesUnder(path.join(PROJECT_ROOT, 'content'), /\.md$/)];
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
      // Every one has front matter, so every one is compared (the splitter is only called on such text).
      expect(text.startsWith('---\n'), file).toBe(true);
      const split = splitFrontMatter(text);
      expect(split, file).toEqual(grayMatter(text));
      expect(split.matter.trim(), file).not.toBe('');
    }
  });

  it('splits odd files as gray-matter did', () => {
    const odd = [
      '---\nname: A\n---\nBody\n',
      '---\nname: A\n---',
      '---\nname: A\n---\n',
      '---\nname: A\n---\n\nBody after a blank line\n',
      '---\n---\nBody\n',
      '---   \nname: A\n---  \nBody\n',
      '---\nname: A\n----\nBody\n',
      '---\nname: A\n---x\nBody\n',
      '---\nname: A\n---\rBody\n',
      '---\nname: A\n---\r\nBody\n',
      '---\nname: A\nno closing line\n',
      '---\nname: A\n---\nBody\n---\nMore\n',
      '---\nsummary: "a\n---\n"\n---\nBody\n',
    ];
    for (const text of odd) expect(splitFrontMatter(text), JSON.stringify(text)).toEqual(grayMatter(text));
  });

  it('starts the body on the right line', () => {
    const parsed = parseMarkdownSource('a.md', '---\nname: A\ntype: group\n---\n\nBody\n');
    expect(parsed.ok && parsed.doc.bodyLine).toBe(5);
    expect(parsed.ok && parsed.doc.body).toBe('\nBody\n');
  });
});
