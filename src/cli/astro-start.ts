import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import type { AstroInlineConfig } from 'astro';

/**
 * Astro's build function, loaded so that it runs faster. Astro's compiler is
 * Go compiled to WebAssembly. V8 compiles it first with its baseline compiler
 * (Liftoff), then again with its optimising one (TurboFan) as functions grow
 * hot; for our 29 `.astro` files that second compilation costs more than the
 * files take to compile. With Liftoff alone, `care-map build` of 50 elements
 * took 3.53 s (4.8 s of CPU) against 4.05 s (5.9 s of CPU), medians of six
 * runs in alternation; the bare Astro build took 2.64 s. No other
 * WebAssembly runs in the build. (Importing Astro's build module alone, not
 * its public entry point with the dev server, made no measurable difference.)
 */
export async function loadAstroBuild(): Promise<(config: AstroInlineConfig) => Promise<void>> {
  setFlagsFromString('--liftoff-only');
  return (await import('astro')).build;
}

/**
 * A line that may open a code block in Markdown or MDX: ``` or ~~~ after any
 * indentation or quote marks (a fence in a list item or a quotation). Erring
 * towards yes costs only Shiki's load.
 */
const CODE_FENCE = /^[ \t>]*(`{3,}|~{3,})/m;

/**
 * Astro's Markdown settings for this build. Shiki, which colours code blocks
 * in the free pages, loads its grammars and WebAssembly as the first free page
 * is compiled: about 0.1 s of the build at 50 elements (3.66 s against 3.53 s,
 * in the same runs). When no free page (`pages/*.mdx`) has a code block, the
 * pages come out the same without it.
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
