import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import type { AstroInlineConfig } from 'astro';

/**
 * What makes Astro start faster for `care-map build`, each measured on the
 * 50-element bench commons (README, Performance):
 *
 * - Astro's compiler is Go compiled to WebAssembly. V8 compiles it first with
 *   its baseline compiler (Liftoff), then again with its optimising one
 *   (TurboFan) as functions grow hot: for our 29 `.astro` files, that second
 *   compilation cost about 1.5 s of CPU across both cores, more than the
 *   files take to compile. With Liftoff alone they compile in a quarter of
 *   the time. No other WebAssembly runs in the build.
 * - `import('astro')` also loads the dev server and preview; the build alone
 *   loads about 0.15 s sooner.
 */
export function loadAstroBuild(): Promise<(config: AstroInlineConfig) => Promise<void>> {
  setFlagsFromString('--liftoff-only');
  const load = async () => {
    try {
      const astroDir = path.dirname(createRequire(import.meta.url).resolve('astro/package.json'));
      const module = (await import(pathToFileURL(path.join(astroDir, 'dist', 'core', 'build', 'index.js')).href)) as { default?: unknown };
      if (typeof module.default === 'function') return module.default as (config: AstroInlineConfig) => Promise<void>;
    } catch {
      // Another Astro layout: its public entry point does the same, a little later.
    }
    return (await import('astro')).build;
  };
  return load();
}

/** A fence that opens a code block in Markdown or MDX: up to 3 spaces, then ``` or ~~~. */
const CODE_FENCE = /^ {0,3}(`{3,}|~{3,})/m;

/**
 * Astro's Markdown settings for this build. Shiki, which colours code blocks
 * in the free pages, takes about 0.25 s to load; when no free page
 * (`pages/*.mdx`) has a code block, the pages come out the same without it.
 */
export function markdownOptions(contentDir: string): Pick<AstroInlineConfig, 'markdown'> {
  const folder = path.join(contentDir, 'pages');
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.mdx'));
  } catch {
    return { markdown: { syntaxHighlight: false } };
  }
  const anyCode = names.some((name) => {
    try {
      return CODE_FENCE.test(readFileSync(path.join(folder, name), 'utf8'));
    } catch {
      return true;
    }
  });
  return anyCode ? {} : { markdown: { syntaxHighlight: false } };
}
