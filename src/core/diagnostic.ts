/** A problem found in the content, pointing at the place a contributor must change. */
export interface Diagnostic {
  /** Path of the file, relative to the current folder, with forward slashes. */
  file: string;
  /** 1-based line of the offending key or value. */
  line: number;
  /** 1-based column of the offending key or value. */
  column: number;
  severity: Severity;
  rule: RuleId;
  message: string;
}

export type Severity = 'error' | 'warning';

/** Every rule the checker can report, with its severity. The content guide documents each. */
export const RULES = {
  'unreadable-file': 'error',
  'file-too-large': 'error',
  'binary-file': 'error',
  'yaml-syntax': 'error',
  'missing-front-matter': 'error',
  'missing-site': 'error',
  'missing-key': 'error',
  'unknown-key': 'error',
  'wrong-kind': 'error',
  'invalid-value': 'error',
  'too-long': 'error',
  'unknown-type': 'error',
  'unknown-connection-type': 'error',
  'unknown-care': 'error',
  'unknown-map': 'error',
  'default-map': 'error',
  'dangling-connection': 'error',
  'connection-rule': 'error',
  'care-on-membership': 'error',
  'duplicate-connection': 'error',
  'self-connection': 'error',
  'invalid-slug': 'error',
  'slug-case-clash': 'error',
  'invalid-date': 'error',
  'invalid-url': 'error',
  'contact-on-person': 'error',
  'private-name': 'error',
  'duplicate-alias': 'error',
  'review-overdue': 'warning',
  'care-not-offered': 'warning',
  'isolated-element': 'warning',
  'ignored-file': 'warning',
  'unsafe-html': 'warning',
  'identifying-text': 'warning',
} as const satisfies Record<string, Severity>;

export type RuleId = keyof typeof RULES;

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Stable order: by file, then line, then column, then rule. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.rule, b.rule) || compareText(a.message, b.message),
  );
}

/** Code-unit order, the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
