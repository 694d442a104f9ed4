import type { CareVocabulary } from '../vocabulary/care-types.ts';
import type { SupportFlag } from './supported-person.ts';

/** The flags of SPEC §4, `single-source:<care-id>` counted as one. */
export const FLAG_KINDS = ['no-informal', 'no-formal', 'outside-plan-only', 'single-source'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

/** What each kind of flag means, in a sentence's words. */
export const FLAG_LABELS: Record<FlagKind, string> = {
  'no-informal': 'No informal care (nobody from the community)',
  'no-formal': 'No formal care',
  'outside-plan-only': 'Support only from outside a shared support plan',
  'single-source': 'A care type from one supporter only',
};

/** One flag in words: "One supporter only: Shopping and errands". */
export function flagText(flag: SupportFlag, care: CareVocabulary): string {
  if (!flag.startsWith('single-source:')) return FLAG_LABELS[flag as Exclude<FlagKind, 'single-source'>];
  const id = flag.slice('single-source:'.length);
  return `One supporter only: ${care.formal[id] ?? care.informal[id] ?? id}`;
}
