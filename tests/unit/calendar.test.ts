import { describe, expect, it } from 'vitest';
import { daysBetween, longDate, today } from '../../src/core/calendar.ts';

describe('calendar', () => {
  it('today is the UTC day, whatever the time zone', () => {
    expect(today(new Date('2026-04-10T23:59:59-05:00'))).toBe('2026-04-11');
    expect(today(new Date('2026-04-10T00:30:00+02:00'))).toBe('2026-04-09');
  });

  it('counts whole days, across leap days and clock changes', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-01-15', '2025-01-15')).toBe(-365);
  });

  it('writes dates as people read them', () => {
    expect(longDate('2026-04-10')).toBe('10 April 2026');
    expect(longDate('2025-12-01')).toBe('1 December 2025');
  });
});
