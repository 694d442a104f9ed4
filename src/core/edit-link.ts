import type { SiteSettings } from './model.ts';

type RepositorySettings = Pick<SiteSettings, 'repository' | 'branch' | 'contentPath'>;

/**
 * GitHub refuses addresses much longer than about 8 KB (and some browsers
 * and proxies shorten them silently), so a proposal whose link would be
 * longer is offered as a file to copy or download instead.
 */
export const MAX_PROPOSAL_URL_LENGTH = 8000;

/**
 * "Suggest a change" on GitHub for a public element, when site.yml names the
 * repository: `<repository>/edit/<branch>/<content_path>/elements/<slug>.md`.
 * Built from the slug and site.yml alone, never from where the content was
 * read on the building machine. Only ever call it for a public element: the
 * URL names the file.
 */
export function editUrl(site: RepositorySettings, slug: string): string | undefined {
  if (!site.repository) return undefined;
  return `${repositoryUrl(site.repository)}/edit/${branchPath(site.branch)}/${elementFile(site, slug).map(encodeURIComponent).join('/')}`;
}

/**
 * The add form's proposal (SPEC §4): GitHub's "new file" page, filled in,
 * `<repository>/new/<branch>?filename=<content_path>/elements/<slug>.md&value=<the file>`.
 * For someone without write access GitHub makes a fork and a pull request of it.
 */
export function newElementUrl(site: RepositorySettings, slug: string, text: string): string | undefined {
  if (!site.repository) return undefined;
  const query = new URLSearchParams({ filename: elementFile(site, slug).join('/'), value: text });
  return `${repositoryUrl(site.repository)}/new/${branchPath(site.branch)}?${query.toString().replace(/\+/g, '%20')}`;
}

/**
 * "Report a correction": a new GitHub issue about a public element, for those
 * who would rather describe a change than make it, prefilled with its name,
 * its page and three questions.
 */
export function correctionUrl(site: Pick<SiteSettings, 'repository'>, element: { name: string; page: string }): string | undefined {
  if (!site.repository) return undefined;
  const body = [
    `About: ${element.name} (${element.page})`,
    '',
    '1. What is wrong or out of date?',
    '',
    '2. What should it say instead?',
    '',
    '3. How do you know? (For example: "I run the group", "their website says so".)',
    '',
  ].join('\n');
  const query = new URLSearchParams({ title: `Correction: ${element.name}`, body });
  return `${repositoryUrl(site.repository)}/issues/new?${query.toString().replace(/\+/g, '%20')}`;
}

/**
 * The repository's address, with any quote, angle bracket or space
 * percent-encoded: site.yml only checks that it starts http(s)://, and Astro
 * writes an address holding "&" into an attribute unescaped.
 */
export function repositoryUrl(repository: string): string {
  return repository
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .replace(/["'<>`\s\\^{}|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function branchPath(branch: string): string {
  return branch.split('/').map(encodeURIComponent).join('/');
}

/** `<content_path>/elements/<slug>.md` as path segments. */
function elementFile(site: Pick<SiteSettings, 'contentPath'>, slug: string): string[] {
  const folder = site.contentPath === '.' ? [] : site.contentPath.split('/');
  return [...folder, 'elements', `${slug}.md`];
}
