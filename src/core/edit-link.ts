import type { SiteSettings } from './model.ts';

type RepositorySettings = Pick<SiteSettings, 'repository' | 'branch' | 'contentPath'>;

/**
 * "Suggest a change" on GitHub for a public element, when site.yml names the
 * repository: `<repository>/edit/<branch>/<content_path>/elements/<slug>.md`.
 * Built from the slug and site.yml alone, never from where the content was
 * read on the building machine. Only ever call it for a public element: the
 * URL names the file.
 */
export function editUrl(site: RepositorySettings, slug: string): string | undefined {
  if (!site.repository) return undefined;
  const repository = site.repository.replace(/\/+$/, '').replace(/\.git$/, '');
  const folder = site.contentPath === '.' ? [] : site.contentPath.split('/');
  const file = [...folder, 'elements', `${slug}.md`].map(encodeURIComponent).join('/');
  return `${repository}/edit/${site.branch.split('/').map(encodeURIComponent).join('/')}/${file}`;
}
