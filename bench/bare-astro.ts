/**
 * The floor for this architecture: a minimal Astro 5 project that renders the
 * same number of plain Markdown pages (the generated elements' names and
 * descriptions) through a content collection with the glob loader, one
 * dynamic route, no components, no layout computation, no validation.
 * It uses the project's node_modules through a symlink, so it runs the same
 * Astro, Vite and Node as the real build.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface BarePage {
  slug: string;
  title: string;
  body: string;
}

export function writeBareAstro(folder: string, projectRoot: string, pages: readonly BarePage[]): void {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(path.join(folder, 'src', 'pages'), { recursive: true });
  mkdirSync(path.join(folder, 'content'), { recursive: true });
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(folder, 'node_modules'), 'dir');
  writeFileSync(path.join(folder, 'package.json'), `${JSON.stringify({ name: 'bare-astro-floor', private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(
    path.join(folder, 'astro.config.mjs'),
    // Caches stay in this folder: node_modules is the project's own, shared through the symlink.
    [
      "import { defineConfig } from 'astro/config';",
      'export default defineConfig({',
      "  build: { format: 'directory' },",
      "  cacheDir: './.cache/astro',",
      "  vite: { cacheDir: './.cache/vite' },",
      '  devToolbar: { enabled: false },',
      '});',
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(folder, 'src', 'content.config.ts'),
    [
      "import { defineCollection, z } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      '',
      'export const collections = {',
      "  pages: defineCollection({ loader: glob({ pattern: '*.md', base: './content' }), schema: z.object({ title: z.string() }) }),",
      '};',
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(folder, 'src', 'pages', '[slug].astro'),
    [
      '---',
      "import { getCollection, render } from 'astro:content';",
      'export async function getStaticPaths() {',
      "  const pages = await getCollection('pages');",
      '  return pages.map((page) => ({ params: { slug: page.id }, props: { page } }));',
      '}',
      'const { page } = Astro.props;',
      'const { Content } = await render(page);',
      '---',
      '<!doctype html>',
      '<html lang="en">',
      '  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>{page.data.title}</title></head>',
      '  <body><main><h1>{page.data.title}</h1><Content /></main></body>',
      '</html>',
      '',
    ].join('\n'),
  );
  for (const page of pages) {
    writeFileSync(path.join(folder, 'content', `${page.slug}.md`), `---\ntitle: ${JSON.stringify(page.title)}\n---\n${page.body}\n`);
  }
}
