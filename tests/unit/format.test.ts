import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import { formatDiagnostics, formatGithub, formatText, summarise } from '../../src/core/diagnostic-format.ts';

const typo: Diagnostic = {
  file: 'content/elements/corner-cafe.md',
  line: 7,
  column: 9,
  severity: 'error',
  rule: 'unknown-type',
  message: 'unknown element type "buisness"; did you mean "business"?',
};
const old: Diagnostic = { file: 'content/elements/ada-brown.md', line: 4, column: 11, severity: 'warning', rule: 'review-overdue', message: 'last reviewed 2024-01-01' };

describe('output formats', () => {
  it('text: path:line:column: severity: message (rule-id)', () => {
    expect(formatText(typo)).toBe('content/elements/corner-cafe.md:7:9: error: unknown element type "buisness"; did you mean "business"? (unknown-type)');
    expect(formatText(old)).toBe('content/elements/ada-brown.md:4:11: warning: last reviewed 2024-01-01 (review-overdue)');
  });

  it('github: a workflow command GitHub shows on the line', () => {
    expect(formatGithub(typo)).toBe('::error file=content/elements/corner-cafe.md,line=7,col=9,title=unknown-type::unknown element type "buisness"; did you mean "business"?');
    expect(formatGithub(old)).toBe('::warning file=content/elements/ada-brown.md,line=4,col=11,title=review-overdue::last reviewed 2024-01-01');
  });

  it('github: escapes what would end a property or the message early', () => {
    const odd: Diagnostic = { ...typo, file: 'content/elements/a,b:c%.md', message: '100% wrong\r\nsecond line' };
    expect(formatGithub(odd)).toBe('::error file=content/elements/a%2Cb%3Ac%25.md,line=7,col=9,title=unknown-type::100%25 wrong%0D%0Asecond line');
  });

  it('json: an array of {file, line, column, severity, rule, message}', () => {
    const parsed = JSON.parse(formatDiagnostics([typo, old], 'json')) as unknown[];
    expect(parsed).toEqual([typo, old]);
    expect(JSON.parse(formatDiagnostics([], 'json'))).toEqual([]);
  });

  it('text and github print one line per diagnostic, nothing when there is none', () => {
    expect(formatDiagnostics([typo, old], 'text').split('\n')).toHaveLength(2);
    expect(formatDiagnostics([typo, old], 'github').split('\n')).toHaveLength(2);
    expect(formatDiagnostics([], 'text')).toBe('');
  });

  it.each([
    [[], '0 errors, 0 warnings'],
    [[typo], '1 error, 0 warnings'],
    [[old], '0 errors, 1 warning'],
    [[typo, typo, old, old], '2 errors, 2 warnings'],
  ] as const)('summarise %#: %s', (diagnostics, text) => {
    expect(summarise(diagnostics)).toBe(text);
  });
});
