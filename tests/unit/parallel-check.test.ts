import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCommons } from '../../bench/generate.ts';
import { sortDiagnostics, type Diagnostic } from '../../src/core/diagnostic.ts';
import type { SourceDocument } from '../../src/core/source.ts';
import { validateContent, type ContentSources } from '../../src/core/validate/content.ts';
import { parseMarkdownSource, parseYamlSource } from '../../src/load/front-matter.ts';
import { loadContent } from '../../src/load/load-content.ts';
import { checkSettings, validateDrafts } from '../../src/core/validate/content.ts';
import { checkFileAt, draftOf, type ElementFileRef } from '../../src/load/element-files.ts';
import { checkInWorker, newCounters, PARALLEL_FROM } from '../../src/load/parallel-files.ts';
import { where } from '../helpers/content.ts';

const TODAY = '2026-11-01';
const N = PARALLEL_FROM + 200;

/**
 * From PARALLEL_FROM element files on, `loadContent` checks them on two
 * threads. What a contributor reads must not depend on that: every file's
 * problems, at the same lines, and the same commons.
 */
describe(`a folder of ${N} element files, checked on two threads`, () => {
  let root: string;
  let files: Map<string, string>;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'care-map-parallel-'));
    files = generateCommons({ n: N, seed: 7, today: TODAY }).files;
    const names = [...files.keys()].filter((f) => f.startsWith('elements/')).sort();
    // Broken files early, in the middle and last, so that both threads meet some.
    const broken = (at: number, change: (text: string) => string) => files.set(names[at]!, change(files.get(names[at]!)!));
    broken(0, (text) => text.replace(/\ntype: [a-z-]+\n/, '\ntype: charity\n'));
    broken(Math.floor(names.length / 2), (text) => text.replace('\nconnections:\n', '\nconnections:\n   - to: nobody-at-all\n    type: commons-membership\n'));
    broken(names.length - 1, () => 'no front matter at all\n');
    broken(Math.floor(names.length / 3), (text) => text.replace(/\nreviewed: \d{4}-\d{2}-\d{2}\n/, '\nreviewed: 2019-02-30\n'));
    for (const [file, text] of files) {
      await mkdir(path.dirname(path.join(root, 'content', file)), { recursive: true });
      await writeFile(path.join(root, 'content', file), text);
    }
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  /** The same files parsed and validated one after another on this thread, by the pure core. */
  function inOneThread() {
    const unparsed: Diagnostic[] = [];
    const doc = (file: string): SourceDocument | undefined => {
      const parsed = file.endsWith('.yml') ? parseYamlSource(`content/${file}`, files.get(file)!) : parseMarkdownSource(`content/${file}`, files.get(file)!);
      if (!parsed.ok) unparsed.push(...parsed.diagnostics);
      return parsed.ok ? parsed.doc : undefined;
    };
    const of = (folder: string) => [...files.keys()].filter((f) => f.startsWith(`${folder}/`)).sort().map((f) => ({ id: path.basename(f, '.md'), file: f }));
    const sources: ContentSources = { root: 'content', site: doc('site.yml'), maps: [], elements: [], unparsedElementIds: [] };
    for (const { id, file } of of('maps')) sources.maps.push({ id, doc: doc(file)! });
    for (const { id, file } of of('elements')) {
      const parsed = doc(file);
      if (parsed) sources.elements.push({ id, doc: parsed });
      else sources.unparsedElementIds!.push(id);
    }
    const result = validateContent(sources, { today: TODAY });
    return { ...result, diagnostics: sortDiagnostics([...unparsed, ...result.diagnostics]), sources, unparsed };
  }

  it('reports what one thread reports, at the same places', async () => {
    const result = await loadContent('content', { cwd: root, today: TODAY });
    const alone = inOneThread().diagnostics.map((d) => `${where(d)}: ${d.message}`);
    expect(result.diagnostics.map((d) => `${where(d)}: ${d.message}`)).toEqual(alone);
    expect(result.commons).toBeUndefined();
    const errors = result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule);
    expect(errors.sort()).toEqual(['invalid-date', 'missing-front-matter', 'unknown-type', 'yaml-syntax']);
  });

  it('the worker thread, checking every file alone, gives what this thread gives', async () => {
    const dir = path.join(root, 'content');
    const refs: ElementFileRef[] = [...files.keys()]
      .filter((f) => f.startsWith('elements/'))
      .sort()
      .map((f) => ({ id: path.basename(f, '.md'), absolute: path.join(dir, f), file: `content/${f}` }));
    const one = inOneThread();
    const settings = checkSettings({ site: one.sources.site, maps: one.sources.maps }, { today: TODAY }, []);
    const worker = checkInWorker(refs, newCounters());
    worker.start(settings.context);
    const fromWorker = await worker.checked;
    expect(fromWorker.size).toBe(refs.length);
    // Made whole here, as the loader does: positions asked for later come from the YAML text sent back.
    const out: Diagnostic[] = [];
    const unparsedElementIds: string[] = [];
    const drafts = refs.flatMap((ref, i) => {
      const checked = fromWorker.get(i)!;
      expect(checked.diagnostics).toEqual(checkFileAt(ref, settings.context).diagnostics);
      out.push(...checked.diagnostics);
      const draft = draftOf(ref, checked, out);
      if (!draft) unparsedElementIds.push(ref.id);
      return draft ? [draft] : [];
    });
    expect(unparsedElementIds).toHaveLength(2);
    const result = validateDrafts({ ...one.sources, drafts, unparsedElementIds }, settings, out);
    expect(result.diagnostics.map((d) => `${where(d)}: ${d.message}`)).toEqual(one.diagnostics.map((d) => `${where(d)}: ${d.message}`));
  });

  it('builds the same commons as one thread when the files are sound', async () => {
    const sound = await mkdtemp(path.join(os.tmpdir(), 'care-map-parallel-sound-'));
    try {
      const generated = generateCommons({ n: N, seed: 7, today: TODAY }).files;
      for (const [file, text] of generated) {
        await mkdir(path.dirname(path.join(sound, 'content', file)), { recursive: true });
        await writeFile(path.join(sound, 'content', file), text);
      }
      files = generated;
      const result = await loadContent('content', { cwd: sound, today: TODAY });
      const alone = inOneThread();
      expect(result.commons?.elements).toHaveLength(N);
      expect(result.commons).toEqual(alone.commons);
      expect(result.diagnostics).toEqual(alone.diagnostics);
    } finally {
      await rm(sound, { recursive: true, force: true });
    }
  });
});
