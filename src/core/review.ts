import { compareText } from './diagnostic.ts';
import type { CareCommons } from './model.ts';

export interface ReviewItem {
  id: string;
  name: string;
  file: string;
  reviewed?: string;
  /** Days since the review; undefined when never reviewed. */
  ageDays?: number;
}

/** Elements whose `reviewed` is missing or older than the site's limit: never-reviewed first, then oldest first. */
export function reviewQueue(commons: CareCommons, today: string): ReviewItem[] {
  const now = Date.parse(`${today}T00:00:00Z`);
  const items: ReviewItem[] = [];
  for (const element of commons.elements) {
    const base = { id: element.id, name: element.name, file: element.file };
    if (element.reviewed === undefined) {
      items.push(base);
      continue;
    }
    const ageDays = Math.round((now - Date.parse(`${element.reviewed}T00:00:00Z`)) / 86_400_000);
    if (ageDays > commons.site.reviewAfterDays) items.push({ ...base, reviewed: element.reviewed, ageDays });
  }
  return items.sort((a, b) => compareText(a.reviewed ?? '', b.reviewed ?? '') || compareText(a.id, b.id));
}
