/** One formatter for the whole build: making an Intl.DateTimeFormat costs more than the rest of a page. */
const longDateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** Pages share dates (reviews, memberships): each is formatted once. */
const formatted = new Map<string, string>();

/** "2025-03-14" → "14 March 2025". */
export function longDate(iso: string): string {
  let text = formatted.get(iso);
  if (text === undefined) {
    text = longDateFormat.format(new Date(`${iso}T00:00:00Z`));
    formatted.set(iso, text);
  }
  return text;
}
