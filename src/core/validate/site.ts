import { siteSchema } from '../schema/site.ts';
import type { SiteSettings } from '../model.ts';
import type { Report } from '../source.ts';
import { DEFAULT_CARE_VOCABULARY } from '../vocabulary/care-types.ts';
import { checkShape } from './shape.ts';

/**
 * Settings from site.yml with defaults applied. When site.yml is missing or
 * wrong, the defaults still let the rest of the content be checked.
 */
export function checkSite(data: unknown | undefined, report: Report): SiteSettings {
  const site = data === undefined ? undefined : checkShape(siteSchema, data, report);
  return {
    title: site?.title ?? 'Care Commons Map',
    ...(site?.description !== undefined && { description: site.description }),
    ...(site?.repository !== undefined && { repository: site.repository }),
    branch: site?.branch ?? 'main',
    contentPath: site?.content_path?.replace(/\/+$/, '') || 'content',
    reviewAfterDays: site?.review_after_days ?? 365,
    careTypes: {
      formal: site?.care_types?.formal ?? DEFAULT_CARE_VOCABULARY.formal,
      informal: site?.care_types?.informal ?? DEFAULT_CARE_VOCABULARY.informal,
    },
  };
}
