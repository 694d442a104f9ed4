import { describe, expect, it } from 'vitest';
import { freshness, overPeriod, reviewQueue } from '../../src/core/review.ts';
import { checkContent, TODAY } from '../helpers/content.ts';

const reviewed = (date: string) => (old: string) => old.replace(/^type: (.*)$/m, `type: $1\nreviewed: ${date}`);

describe('review queue', () => {
  it('never-reviewed first, then oldest first; recent reviews are left out', async () => {
    const result = await checkContent({
      'elements/ada-brown.md': reviewed('2024-03-01'),
      'elements/ben-carter.md': reviewed('2022-11-30'),
      'elements/corner-cafe.md': reviewed('2025-06-01'),
    });
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['review-overdue', 'review-overdue']);
    expect(reviewQueue(result.commons!, TODAY)).toEqual([
      { id: 'mill-lane-care-co-op', name: 'Mill Lane Care Co-op', file: 'content/elements/mill-lane-care-co-op.md', privacy: 'public' },
      { id: 'ben-carter', name: 'Ben Carter', file: 'content/elements/ben-carter.md', privacy: 'public', reviewed: '2022-11-30', ageDays: 1142 },
      { id: 'ada-brown', name: 'Ada Brown', file: 'content/elements/ada-brown.md', privacy: 'anonymised', reviewed: '2024-03-01', ageDays: 685 },
    ]);
  });

  it('several never-reviewed elements are listed by slug', async () => {
    const result = await checkContent();
    expect(reviewQueue(result.commons!, TODAY).map((item) => item.id)).toEqual(['ada-brown', 'ben-carter', 'corner-cafe', 'mill-lane-care-co-op']);
  });

  it('a review exactly review_after_days old is not yet due; one day more is', async () => {
    const result = await checkContent({ 'elements/ada-brown.md': reviewed('2025-01-15'), 'elements/ben-carter.md': reviewed('2025-01-14') });
    const due = reviewQueue(result.commons!, TODAY).map((item) => [item.id, item.ageDays]);
    expect(due).toContainEqual(['ben-carter', 366]);
    expect(due.map(([id]) => id)).not.toContain('ada-brown');
  });
});

describe('how fresh an entry is', () => {
  it('recent up to review_after_days, then due; never without a date', () => {
    expect(freshness('2025-01-15', 365, TODAY)).toEqual({ kind: 'recent', reviewed: '2025-01-15', ageDays: 365 });
    expect(freshness('2025-01-14', 365, TODAY)).toEqual({ kind: 'due', reviewed: '2025-01-14', ageDays: 366 });
    expect(freshness(undefined, 365, TODAY)).toEqual({ kind: 'never' });
  });

  it('says how long in round words', () => {
    expect([12, 61, 200, 365, 729, 730, 1142].map(overPeriod)).toEqual(['12 days', 'over 2 months', 'over 6 months', 'over a year', 'over a year', 'over 2 years', 'over 3 years']);
  });
});
