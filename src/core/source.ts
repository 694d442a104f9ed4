import { RULES, type Diagnostic, type RuleId } from './diagnostic.ts';

/** A path into a front matter value: keys and list indexes. */
export type FieldPath = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
}

/**
 * A content file after its front matter was split and parsed, with a way back
 * to the source: `locate` gives the line and column of the key (or value) at a
 * path, falling back to the nearest enclosing node that exists.
 */
export interface SourceDocument {
  /** Path shown in diagnostics, relative to the current folder. */
  file: string;
  /** The parsed front matter, not yet validated. */
  data: unknown;
  /** The Markdown after the front matter. */
  body: string;
  /** File line on which the body starts. */
  bodyLine?: number;
  locate(path: FieldPath, part?: 'key' | 'value'): Position;
}

/** Builds diagnostics for one document, positioned by field path. */
export function reporter(doc: Pick<SourceDocument, 'file' | 'locate'>, out: Diagnostic[]) {
  return (rule: RuleId, path: FieldPath, message: string, part: 'key' | 'value' = 'key'): void => {
    const { line, column } = doc.locate(path, part);
    out.push({ file: doc.file, line, column, severity: RULES[rule], rule, message });
  };
}

export type Report = ReturnType<typeof reporter>;
