import type { LeftOut } from './project.ts';

/** What an import did, for the organiser: counts, what was mapped approximately, what was left out. */
export interface ImportReport {
  elements: number;
  connections: number;
  maps: number;
  careTypes: number;
  /** Anonymised elements whose Kumu label is now their private name. */
  anonymised: number;
  /** Things mapped approximately: a type that is not ours, a field with no place, a text cut short. */
  notes: string[];
  leftOut: LeftOut[];
}

/** At most this many of one reason are listed; the rest are counted. */
const LISTED = 10;

/** The report as lines of text, ending with the counts. */
export function formatReport(report: ImportReport): string[] {
  const lines: string[] = [];
  if (report.anonymised > 0) {
    const who = report.anonymised === 1 ? '1 supported person was' : `${report.anonymised} supported persons were`;
    const their = report.anonymised === 1 ? 'their Kumu label is' : 'their Kumu labels are';
    lines.push(`${who} imported as anonymised; ${their} now in private files: read them before you publish.`);
  }
  lines.push(...report.notes);
  const byReason = new Map<string, string[]>();
  for (const { what, reason } of report.leftOut) byReason.set(reason, [...(byReason.get(reason) ?? []), what]);
  for (const [reason, whats] of byReason) {
    lines.push(`Left out (${reason}):`);
    for (const what of whats.slice(0, LISTED)) lines.push(`  - ${what}`);
    if (whats.length > LISTED) lines.push(`  … and ${whats.length - LISTED} more`);
  }
  const leftOut = report.leftOut.length === 0 ? 'nothing left out' : `${report.leftOut.length} left out (listed above)`;
  lines.push(`Imported ${plural(report.elements, 'element')}, ${plural(report.connections, 'connection')}, ${plural(report.maps, 'map')}, ${plural(report.careTypes, 'care type')}; ${leftOut}.`);
  return lines;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
