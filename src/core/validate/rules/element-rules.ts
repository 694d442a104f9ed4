import { daysBetween } from '../../calendar.ts';
import type { Report } from '../../source.ts';
import { didYouMean } from '../../suggest.ts';
import type { CareVocabulary } from '../../vocabulary/care-types.ts';
import { INDIVIDUAL_TYPES, elementTypeLabel } from '../../vocabulary/element-types.ts';
import type { ElementDraft } from '../element-file.ts';
import { checkCareIds } from './care-ids.ts';

export interface ElementContext {
  vocabulary: CareVocabulary;
  mapIds: ReadonlySet<string>;
  reviewAfterDays: number;
  /** Today, YYYY-MM-DD: injected so that checks are reproducible. */
  today: string;
}

/** Rules about one element alone: care ids, map ids, contact, review date. */
export function checkElementRules(draft: ElementDraft, context: ElementContext, report: Report): void {
  const { fields } = draft;
  checkCareIds(fields.care, ['care'], context.vocabulary, report);
  (fields.maps ?? []).forEach((mapId, index) => {
    if (!context.mapIds.has(mapId)) {
      report('unknown-map', ['maps', index], `unknown map "${mapId}"${didYouMean(mapId, context.mapIds)}`, 'value');
    }
  });
  if (fields.contact !== undefined && fields.type !== undefined && INDIVIDUAL_TYPES.includes(fields.type)) {
    report(
      'contact-on-person',
      ['contact'],
      `"contact" is not allowed on a ${elementTypeLabel(fields.type)}: people's contact details are never published; remove it`,
    );
  }
  if (fields.reviewed !== undefined) {
    const age = daysBetween(fields.reviewed, context.today);
    if (age > context.reviewAfterDays) {
      report(
        'review-overdue',
        ['reviewed'],
        `last reviewed ${fields.reviewed}, ${age} days ago (more than ${context.reviewAfterDays}); check the entry with the element and update "reviewed"`,
        'value',
      );
    }
  }
}
