import type { Diagnostic } from '../core/diagnostic.ts';

export const FORMATS = ['text', 'github', 'json'] as const;
export type Format = (typeof FORMATS)[number];

/** `path:line:column: severity: message (rule-id)`, the SPEC's line. */
export function formatText(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} (${d.rule})`;
}

/** A GitHub Actions workflow command, shown as an annotation on the pull request's line. */
export function formatGithub(d: Diagnostic): string {
  const property = (value: string) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::${d.severity} file=${property(d.file)},line=${d.line},col=${d.column},title=${property(d.rule)}::${escapeData(d.message)}`;
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function formatDiagnostics(diagnostics: readonly Diagnostic[], format: Format): string {
  if (format === 'json') return JSON.stringify(diagnostics, null, 2);
  return diagnostics.map(format === 'github' ? formatGithub : formatText).join('\n');
}

/** "2 errors, 1 warning" */
export function summarise(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`;
}
