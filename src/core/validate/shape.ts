import * as z from 'zod';
import type { FieldPath, Report } from '../source.ts';
import { didYouMean } from '../suggest.ts';

/**
 * Checks a front matter value against its zod schema and reports every issue
 * at the key or value it concerns, worded for the person who wrote the file.
 * Returns the typed value when it fits.
 */
export function checkShape<S extends z.ZodType>(schema: S, data: unknown, report: Report): z.infer<S> | undefined {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) reportIssue(schema, data, issue, report);
  return undefined;
}

function reportIssue(schema: z.ZodType, data: unknown, issue: z.core.$ZodIssue, report: Report): void {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const field = fieldName(path);
  const value = valueAt(data, path);
  const subject = describePlace(path);
  switch (issue.code) {
    case 'unrecognized_keys':
      for (const key of issue.keys) {
        const allowed = keysAt(schema, path);
        const hint = didYouMean(key, allowed);
        report('unknown-key', [...path, key], `unknown key "${key}"${hint || `; allowed keys are ${allowed.join(', ')}`}`);
      }
      return;
    case 'invalid_type':
      if (value === undefined) {
        report('missing-key', path.slice(0, -1), `missing required key "${field}"`);
      } else {
        report('wrong-kind', path, `${subject} should be ${expected(issue.expected)}, not ${describe(value)}`, 'value');
      }
      return;
    case 'invalid_value': {
      const options = issue.values.map(String);
      // zod reports a missing or empty enum (e.g. "type") as a wrong value; say what the writer did.
      if (value === undefined) {
        report('missing-key', path.slice(0, -1), `missing required key "${field}"`);
        return;
      }
      if (value === null || typeof value === 'object') {
        report('wrong-kind', path, `${quoteField(field)} should be one of ${options.join(', ')}, not ${describe(value)}`, 'value');
        return;
      }
      const got = String(value);
      if (path.length === 1 && path[0] === 'type') {
        report('unknown-type', path, `unknown element type "${got}"${didYouMean(got, options)}`, 'value');
      } else if (path[0] === 'connections' && path.at(-1) === 'type') {
        report('unknown-connection-type', path, `unknown connection type "${got}"${didYouMean(got, options)}`, 'value');
      } else {
        report('invalid-value', path, `${quoteField(field)} must be one of ${options.join(', ')}; got "${got}"${didYouMean(got, options)}`, 'value');
      }
      return;
    }
    case 'invalid_key': {
      // A record's key, e.g. a care id in site.yml: point at the key itself.
      const key = String(path.at(-1));
      const careId = issue.issues.some((inner) => inner.message === 'care-id');
      report('invalid-value', path, careId ? `"${key}" is not a valid care id: use lowercase letters a-z, digits and hyphens` : `"${key}" is not a valid key`);
      return;
    }
    case 'too_big':
      if (typeof value === 'string') {
        report('too-long', path, `${subject} is ${[...value].length} characters long; keep it to ${issue.maximum} at most`, 'value');
      } else {
        report('invalid-value', path, `${subject} must be at most ${issue.maximum}`, 'value');
      }
      return;
    case 'too_small':
      if (typeof value === 'string') report('invalid-value', path, `${subject} must not be empty`, 'value');
      else report('invalid-value', path, `${subject} must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`, 'value');
      return;
    default:
      reportFormat(issue.message, field, path, value, report);
  }
}

function reportFormat(tag: string, field: string, path: FieldPath, value: unknown, report: Report): void {
  const got = typeof value === 'string' ? `"${value}"` : describe(value);
  switch (tag) {
    case 'date':
      report('invalid-date', path, `${quoteField(field)} must be a real date written YYYY-MM-DD, e.g. 2026-03-31; got ${got}`, 'value');
      return;
    case 'slug':
      report('invalid-slug', path, `${got} is not a valid id: use lowercase letters a-z, digits and single hyphens, e.g. "corner-cafe"`, 'value');
      return;
    case 'url':
      report('invalid-url', path, `${quoteField(field)} must be an address starting with http:// or https://; got ${got}`, 'value');
      return;
    case 'care-id':
      report('invalid-value', path, `${got} is not a valid care id: use lowercase letters a-z, digits and hyphens`, 'value');
      return;
    default:
      report('invalid-value', path, `${quoteField(field)} is not valid: ${tag}`, 'value');
  }
}

/** The keys a strict object schema allows at `path` (list indexes skipped). */
function keysAt(schema: z.ZodType, path: FieldPath): string[] {
  let node: z.ZodType | undefined = schema;
  for (const step of path) {
    node = unwrap(node);
    if (node instanceof z.ZodArray && typeof step === 'number') node = node.element as z.ZodType;
    else if (node instanceof z.ZodObject && typeof step === 'string') node = node.shape[step] as z.ZodType | undefined;
    else return [];
  }
  node = unwrap(node);
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

function unwrap(node: z.ZodType | undefined): z.ZodType | undefined {
  let current = node;
  while (current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
  return current;
}

function valueAt(data: unknown, path: FieldPath): unknown {
  let current = data;
  for (const step of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

/** `"tags"`, or `item 2 of "tags"` for a list item. */
function describePlace(path: FieldPath): string {
  const last = path.at(-1);
  return typeof last === 'number' ? `item ${last + 1} of ${quoteField(fieldName(path))}` : quoteField(fieldName(path));
}

function fieldName(path: FieldPath): string {
  const last = [...path].reverse().find((p): p is string => typeof p === 'string');
  return last ?? 'value';
}

function quoteField(field: string): string {
  return `"${field}"`;
}

function expected(kind: string): string {
  switch (kind) {
    case 'string':
      return 'text';
    case 'array':
      return 'a list (items starting with "- " or written [a, b])';
    case 'object':
      return 'a set of "key: value" lines';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'int':
      return 'a whole number';
    default:
      return kind;
  }
}

/** How a contributor would describe a YAML value they wrote. */
export function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'object') return 'a set of "key: value" lines';
  return typeof value;
}
