import { slugify } from './slug.ts';

export interface StarterOptions {
  title: string;
  partner: string;
  /** Where the folder sits inside the repository, when known. */
  contentPath?: string;
  /** Today, YYYY-MM-DD. */
  today: string;
}

/**
 * The files of a new care commons, by path inside the content folder: valid
 * as they are, each key explained in a comment.
 */
export function starterContent({ title, partner, contentPath, today }: StarterOptions): Record<string, string> {
  const partnerSlug = slugify(partner) || 'convening-partner';
  const site = [
    '# Settings of the whole site. Every key is explained in docs/content-guide.md.',
    `title: ${JSON.stringify(title)}`,
    '# description: One or two sentences about your care commons, shown under the title.',
    '# The GitHub repository that holds this folder, for "Suggest a change" links:',
    '# repository: https://github.com/your-org/your-care-map',
    'branch: main',
    contentPath ? `content_path: ${contentPath}          # this folder, inside the repository` : '# content_path: content     # this folder, inside the repository',
    'review_after_days: 365       # entries not checked for longer are listed by "care-map review"',
    '',
  ];
  const map = ['---', `title: ${JSON.stringify(title)}`, 'default: true', 'order: 1', '---', `The people, groups and services of ${title}, and the care that flows between them.`, ''];
  const element = [
    '---',
    `name: ${JSON.stringify(partner)}`,
    'type: convening-partner',
    '# summary: One line about who you are.',
    '# website: https://example.org',
    '# contact: Public contact details',
    `reviewed: ${today}`,
    '---',
    `${partner} convenes ${title}. Add the people, groups and services around you with "care-map new".`,
    '',
  ];
  return { 'site.yml': site.join('\n'), 'maps/care-commons.md': map.join('\n'), [`elements/${partnerSlug}.md`]: element.join('\n') };
}
