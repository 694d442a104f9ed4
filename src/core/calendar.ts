/**
 * Days as the content writes them, `YYYY-MM-DD`, always in UTC so that a
 * build gives the same words on every machine and in every time zone.
 */

const MS_PER_DAY = 86_400_000;

/** Today in UTC, `YYYY-MM-DD`. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY);
}

/**
 * One formatter for the build and for the map's profile, made on first use:
 * making an Intl.DateTimeFormat costs more than the rest of a page, and in the
 * browser it loads date data (about 20 ms) that opening the map need not wait for.
 */
let longDateFormat: Intl.DateTimeFormat | null = null;
/** Pages share dates (reviews, memberships): each is formatted once. */
const formatted = new Map<string, string>();

/** "2026-04-10" → "10 April 2026"; text that is not a date is given back as it is. */
export function longDate(iso: string): string {
  let text = formatted.get(iso);
  if (text === undefined) {
    const date = new Date(`${iso}T00:00:00Z`);
    longDateFormat ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    text = Number.isNaN(date.getTime()) ? iso : longDateFormat.format(date);
    formatted.set(iso, text);
  }
  return text;
}
