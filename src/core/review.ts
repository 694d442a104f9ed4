import { daysBetween } from './calendar.ts';
import { compareText } from './diagnostic.ts';
import type { Privacy } from './schema/element.ts';

/** What the review queue needs of an element; a published (named) element has no privacy: it is public. */
export interface ReviewSubject {
  id: string;
  name: string;
  file: string;
  reviewed?: string;
  privacy?: Privacy;
}

export interface ReviewItem {
  id: string;
  name: string;
  file: string;
  privacy: Privacy;
  reviewed?: string;
  /** Days since the review; undefined when never reviewed. */
  ageDays?: number;
}

/** How fresh one entry is, for its page: checked recently, checked long ago, or never. */
export type Freshness = { kind: 'recent' | 'due'; reviewed: string; ageDays: number } | { kind: 'never' };

export function freshness(reviewed: string | undefined, reviewAfterDays: number, today: string): Freshness {
  if (reviewed === undefined) return { kind: 'never' };
  const ageDays = daysBetween(reviewed, today);
  return { kind: ageDays > reviewAfterDays ? 'due' : 'recent', reviewed, ageDays };
}

/** Elements whose `reviewed` is missing or older than the site's limit: never-reviewed first, then oldest first. */
export function reviewQueue(commons: { site: { reviewAfterDays: number }; elements: readonly ReviewSubject[] }, today: string): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const element of commons.elements) {
    const state = freshness(element.reviewed, commons.site.reviewAfterDays, today);
    if (state.kind === 'recent') continue;
    const item: ReviewItem = { id: element.id, name: element.name, file: element.file, privacy: element.privacy ?? 'public' };
    items.push(state.kind === 'never' ? item : { ...item, reviewed: state.reviewed, ageDays: state.ageDays });
  }
  return items.sort((a, b) => compareText(a.reviewed ?? '', b.reviewed ?? '') || compareText(a.id, b.id));
}

/** "over a year", "over 2 years", "over 5 months": how long an entry has gone unchecked, in round words. */
export function overPeriod(ageDays: number): string {
  if (ageDays >= 365) {
    const years = Math.floor(ageDays / 365);
    return years === 1 ? 'over a year' : `over ${years} years`;
  }
  const months = Math.floor(ageDays / 30);
  return months >= 2 ? `over ${months} months` : `${ageDays} days`;
}
