/**
 * How fast `care-map import kumu` reads a large Kumu export (issue 10: 20,000
 * elements in at most 5 s on the 2-core machine).
 *
 *   npx tsx bench/import.ts                 # 20,000 elements
 *   npx tsx bench/import.ts --size 5000
 *
 * It writes a full-project JSON export of a synthetic commons (one convening
 * partner, every element its member, one in ten a supported person given care
 * by two others, custom fields, two maps), then times the real command in a
 * child process, start to end (reading, converting, writing every file and
 * the check of the result), after one uncounted run that compiles the CLI;
 * the median of three runs.
 * A benchmark, not a test: nothing here fails on a slow number.
 *
 * The system time is reported apart: on an ext4 file system without a journal
 * (this machine's), the kernel will not reuse an inode freed in the last 60 s
 * (360 s while its inode table is unwritten), and scans past every such inode
 * for each new file. Right after many files were deleted (by the build bench
 * before it, or anything else on the machine), creating 20,000 files takes
 * 5-15 s of system time instead of about 1.4 s (measured with perf:
 * `recently_deleted`, `find_get_block_common`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const GNU_TIME = '/usr/bin/time';
const TYPES = ['Organisation', 'Business', 'Group', 'Person', 'Volunteer', 'Health Care Provider', 'Regulated Social Care Provider'];
const INFORMAL = ['Shopping', 'Companionship', 'Lifts', 'Hot meals', 'Gardening'];
const FORMAL = ['Personal care', 'Medication support', 'Nursing'];

/** A Kumu full-project export of `size` elements, as JSON text. */
export function kumuExport(size: number): string {
  const elements: { _id: string; attributes: Record<string, unknown> }[] = [];
  const connections: unknown[] = [];
  elements.push({ _id: 'e0', attributes: { label: 'Bench Care Commons', 'element type': 'Convening Partner', description: 'Convenes the commons.' } });
  for (let i = 1; i < size; i++) {
    const supported = i % 10 === 0;
    const type = supported ? 'Supported Person' : TYPES[i % TYPES.length]!;
    const attributes: Record<string, unknown> = { label: `${supported ? 'Resident' : 'Member'} ${i}`, 'element type': type, description: `Element number ${i} of the benchmark, with a line of text.`, tags: [`street-${i % 40}`], Ward: `Ward ${i % 12}` };
    if (!supported) attributes['Informal Care'] = [INFORMAL[i % INFORMAL.length]!, INFORMAL[(i + 2) % INFORMAL.length]!];
    if (type.endsWith('Provider')) attributes['Formal Care'] = [FORMAL[i % FORMAL.length]!];
    elements.push({ _id: `e${i}`, attributes });
    connections.push({ _id: `m${i}`, from: `e${i}`, to: 'e0', direction: 'undirected', attributes: { 'connection type': 'Commons Membership' } });
    if (supported) {
      for (const giver of [i - 1, i - 3]) {
        const care = elements[giver]!.attributes['Informal Care'] as string[] | undefined;
        connections.push({ _id: `s${i}-${giver}`, from: `e${giver}`, to: `e${i}`, direction: 'directed', attributes: { 'connection type': giver === i - 1 ? 'Participating in a shared support plan' : 'Not participating in a Support Plan', ...(care && { 'Informal Care': [care[0]] }) } });
      }
    }
  }
  const onMap = (keep: (i: number) => boolean) => elements.filter((_, i) => keep(i)).map((e, j) => ({ _id: `p${j}`, element: e._id }));
  const maps = [
    { _id: 'map1', name: 'Care Commons Service', elements: onMap(() => true), connections: [] },
    { _id: 'map2', name: 'Support Plans', elements: onMap((i) => i % 2 === 0), connections: [] },
  ];
  return JSON.stringify({ elements, connections, maps });
}

export interface ImportBench {
  elements: number;
  /** Size of the export file. */
  megabytes: number;
  /** Wall time of the command, start to end. */
  seconds: number;
  /** Processor time it used (user + system). */
  cpuSeconds: number;
  /** Of which in the kernel: mostly creating the files (see below). */
  systemSeconds: number;
  /** Wall time of each of the three runs, fastest first; the figures above are the median run's. */
  runsSeconds: number[];
}

/** Times `care-map import kumu` on an export of `size` elements. */
export function benchImport(size = 20_000): ImportBench {
  const work = mkdtempSync(path.join(os.tmpdir(), 'care-map-bench-import-'));
  try {
    const file = path.join(work, 'kumu-export.json');
    const text = kumuExport(size);
    writeFileSync(file, text);
    const once = (out: string) => {
      const started = performance.now();
      const command = [process.execPath, path.join(ROOT, 'bin/care-map.js'), 'import', 'kumu', file, '--out', path.join(work, out)];
      // GNU time's user + system seconds: what the command costs, even while other work shares the machine.
      const child = spawnSync(GNU_TIME, ['-f', 'cpu %U %S', ...command], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      const seconds = (performance.now() - started) / 1000;
      if (child.status !== 0) throw new Error(`care-map import kumu failed (${child.status}): ${child.stderr}`);
      const [, user, system] = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(child.stderr) ?? [];
      return { seconds, cpuSeconds: Number(user) + Number(system), systemSeconds: Number(system) };
    };
    once('warm-up');
    // Three runs, each into a folder of its own (nothing deleted in between); the median by wall time.
    const runs = [1, 2, 3].map((run) => once(`content-${run}`)).sort((a, b) => a.seconds - b.seconds);
    return { elements: size, megabytes: Buffer.byteLength(text) / 1024 / 1024, ...runs[1]!, runsSeconds: runs.map((r) => r.seconds) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--size');
  const size = i >= 0 ? Number(process.argv[i + 1]) : 20_000;
  const result = benchImport(size);
  console.log(`care-map import kumu: ${result.elements.toLocaleString('en-GB')} elements (${result.megabytes.toFixed(1)} MB of Kumu JSON) in ${result.seconds.toFixed(2)} s, ${result.cpuSeconds.toFixed(2)} s of CPU, ${result.systemSeconds.toFixed(2)} s of it in the system (target ≤ 5 s at 20,000)`);
}
