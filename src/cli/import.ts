import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { hasErrors } from '../core/diagnostic.ts';
import { contentFiles, convertKumu, formatReport, KumuInputError, type ContentFile, type ImportedContent } from '../core/kumu/index.ts';
import { parseArgs, UsageError } from './args.ts';
import { writeInBackground, type BackgroundWrite } from './background-write.ts';
import { checkFiles } from './check-files.ts';
import { formatDiagnostics, summarise } from '../core/diagnostic-format.ts';
import type { Io } from './io.ts';
import { readKumuFiles } from './kumu-files.ts';

/**
 * `care-map import kumu <file>… --out DIR [--force]`: a Kumu export into a
 * complete content folder, written into a temporary folder beside DIR and
 * renamed into place at the end, so DIR is never half-written. Exit 1, with
 * nothing written, on unreadable input or when DIR holds files and --force is
 * not given.
 */
export async function importCommand(argv: readonly string[], io: Io): Promise<number> {
  const force = argv.includes('--force');
  const args = parseArgs(
    argv.filter((a) => a !== '--force'),
    ['out'],
  );
  const [format, ...files] = args.positionals;
  if (format !== 'kumu') throw new UsageError(format === undefined ? 'import needs a format: care-map import kumu <file>… --out DIR' : `unknown import format "${format}"; only "kumu" is known`);
  if (files.length === 0) throw new UsageError('import kumu needs at least one file: a JSON export or blueprint, an XLSX workbook, or the two CSV sheets');
  const outOption = args.options.get('out');
  if (outOption === undefined) throw new UsageError('import kumu needs --out DIR, the content folder to write');
  const out = path.resolve(io.cwd, outOption);
  const shownOut = path.relative(io.cwd, out) || '.';

  if (existsSync(out) && !statSync(out).isDirectory()) {
    io.stderr(`${shownOut} is a file, not a folder: choose a folder for --out`);
    return 1;
  }
  if (!force && existsSync(out) && readdirSync(out).length > 0) {
    io.stderr(`${shownOut} already holds files: choose an empty folder, or add --force to replace it`);
    return 1;
  }
  // Its thread starts now, so that it is up by the time the files are made.
  const writing = writeInBackground();
  let content;
  try {
    content = convertKumu(await readKumuFiles(files, io.cwd));
  } catch (error) {
    await writing.stop();
    if (error instanceof KumuInputError) {
      io.stderr(error.message);
      return 1;
    }
    throw error;
  }
  const shownRoot = path.relative(io.cwd, out).split(path.sep).join('/') || '.';
  const checked = await writeAtomically(out, content, writing, (files) => checkFiles(files, shownRoot));
  for (const line of formatReport(content.report)) io.stdout(line);
  const problems = formatDiagnostics(checked.filter((d) => d.severity === 'error'), 'text');
  if (problems) io.stdout(`Fix these before you publish:\n${problems}`);
  io.stderr(`${hasErrors(checked) ? '✖' : '✔'} wrote ${shownOut}: ${summarise(checked)} (run care-map check --content ${shownOut} for the details)`);
  return 0;
}

/** Files handed to the writer at a time: writing starts while the rest are still being made. */
const BATCH = 1000;

/**
 * Writes the content's files into a fresh folder beside `out`, then swaps it
 * in: an old `out` is removed only once the new one is complete. The folder
 * must pass `care-map check`: `check` is given the files as written, from
 * memory (20,000 files are not read back), while a worker thread writes them.
 */
async function writeAtomically<T>(out: string, content: ImportedContent, writing: BackgroundWrite, check: (files: Map<string, ContentFile>) => T): Promise<T> {
  const temporary = `${out}.importing-${process.pid}`;
  try {
    writing.begin(temporary, ['maps', 'elements']);
    const files = new Map<string, ContentFile>();
    let batch: [string, string][] = [];
    for (const [file, written] of contentFiles(content)) {
      files.set(file, written);
      batch.push([file, written.text]);
      if (batch.length === BATCH) {
        writing.write(batch);
        batch = [];
      }
    }
    writing.write(batch);
    const checked = check(files);
    await writing.finished();
    const old = `${out}.replaced-${process.pid}`;
    const replacing = existsSync(out);
    if (replacing) renameSync(out, old);
    try {
      renameSync(temporary, out);
    } catch (error) {
      if (replacing) renameSync(old, out);
      throw error;
    }
    if (replacing) rmSync(old, { recursive: true, force: true });
    return checked;
  } catch (error) {
    await writing.stop();
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
}
