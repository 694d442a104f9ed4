import path from 'node:path';
import { build } from 'esbuild';
import { PAGE_SCRIPTS, type PageScript, type ScriptFiles } from './page-scripts.ts';

/** The browser's scripts, compiled: each page script's files, and every file to write under dist/. */
export interface CompiledScripts {
  entries: Record<PageScript, ScriptFiles>;
  files: { path: string; contents: Uint8Array }[];
}

const FOLDER = '_astro';

/**
 * Bundles the browser's scripts (src/client/*-page.ts and what they import)
 * with esbuild, in memory, as Astro's Vite would have: ES modules, minified,
 * the lazy parts (search, relax, picture) in chunks of their own, loaded when
 * first used, and names hashed from the contents so they can be cached for
 * ever. Done by `care-map build` itself, in esbuild's own process while Astro
 * starts: a few hundred milliseconds, where Vite took seconds.
 */
export async function compileBrowserScripts(projectRoot: string, outDir: string): Promise<CompiledScripts> {
  const names = Object.keys(PAGE_SCRIPTS) as PageScript[];
  const result = await build({
    absWorkingDir: projectRoot,
    entryPoints: Object.fromEntries(names.map((name) => [`${name}-page`, PAGE_SCRIPTS[name]])),
    outdir: path.join(outDir, FOLDER),
    entryNames: '[name].[hash]',
    chunkNames: '[name].[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'esnext',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const fromRoot = (file: string) => path.relative(outDir, path.resolve(projectRoot, file)).split(path.sep).join('/');
  /** The chunks `file` imports statically, and the chunks those import, in the order they are met. */
  const staticImports = (file: string, found = new Set<string>()): Set<string> => {
    for (const imported of outputs[file]?.imports ?? []) {
      if (imported.kind !== 'import-statement' || imported.external || found.has(imported.path)) continue;
      found.add(imported.path);
      staticImports(imported.path, found);
    }
    return found;
  };
  const entries = {} as Record<PageScript, ScriptFiles>;
  for (const [file, output] of Object.entries(outputs)) {
    const name = names.find((n) => output.entryPoint === PAGE_SCRIPTS[n]);
    if (name) entries[name] = { src: fromRoot(file), preload: [...staticImports(file)].map(fromRoot) };
  }
  return { entries, files: result.outputFiles.map((f) => ({ path: f.path, contents: f.contents })) };
}
