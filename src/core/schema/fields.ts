import * as z from 'zod';
import { SLUG_PATTERN } from '../slug.ts';

/** `YYYY-MM-DD` that names a real day. A value that is not even shaped like one is reported once, not again as no real day. */
export const dateField = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date', abort: true })
  .refine((value) => isRealDate(value), { error: 'date' });

export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const slugField = z.string().regex(SLUG_PATTERN, { error: 'slug' });

/** http(s) only; a pattern rather than a refinement, so that the JSON Schema for editors holds it too (no flags there, hence [hH]…). */
export const urlField = z.string().regex(/^[hH][tT][tT][pP][sS]?:\/\/[^\s/$.?#]\S*$/, { error: 'url' });

/** Short single-line text with a length limit. */
export function textField(max: number, min = 0) {
  const base = z.string().max(max);
  return min > 0 ? base.min(min) : base;
}
