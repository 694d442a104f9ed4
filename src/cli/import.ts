import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hasErrors } from '../core/diagnostic.ts';
import { contentFiles, convertKumu, formatReport, KumuInputError } from '../core/kumu/index.ts';
import { parseArgs, UsageError } from './args.ts';
import { checkFilesInBackground } from './background-check.ts';
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
  let content;
  try {
    content = convertKumu(await readKumuFiles(files, io.cwd));
  } catch (error) {
    if (error instanceof KumuInputError) {
      io.stderr(error.message);
      return 1;
    }
    throw error;
  }
  const written = contentFiles(content);
  // The folder must pass `care-map check`: checked as written, from memory (20,000 files are not read
  // back), in a worker thread while this one writes them.
  const checking = checkFilesInBackground(written, path.relative(io.cwd, out).split(path.sep).join('/') || '.');
  writeAtomically(out, written);
  const checked = await checking;
  for (const line of formatReport(content.report)) io.stdout(line);
  const problems = formatDiagnostics(checked.filter((d) => d.severity === 'error'), 'text');
  if (problems) io.stdout(`Fix these before you publish:\n${problems}`);
  io.stderr(`${hasErrors(checked) ? '✖' : '✔'} wrote ${shownOut}: ${summarise(checked)} (run care-map check --content ${shownOut} for the details)`);
  return 0;
}

/** Writes every file into a fresh folder beside `out`, then swaps it in: an old `out` is removed only once the new one is complete. */
function writeAtomically(out: string, files: Map<string, string>): void {
  const temporary = `${out}.importing-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  try {
    for (const folder of ['', 'maps', 'elements']) mkdirSync(path.join(temporary, folder), { recursive: true });
    for (const [file, text] of files) writeFileSync(path.join(temporary, file), text, { flag: 'wx' });
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
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
}
