import { getCollection, type CollectionEntry } from 'astro:content';

export type FreePage = CollectionEntry<'pages'>;

/**
 * The free pages (content/pages/*.mdx) in nav order: by `order`, then by id.
 * The glob loader's own order depends on the file system, so every page that
 * lists them goes through here; that keeps two builds byte-identical.
 */
export function getFreePages(): Promise<FreePage[]> {
  // Every page's nav lists them: a build asks once (each getCollection call
  // costs a dynamic import); the dev server asks afresh so that edits show.
  if (import.meta.env.DEV) return sortedFreePages();
  return (built ??= sortedFreePages());
}

let built: Promise<FreePage[]> | undefined;

async function sortedFreePages(): Promise<FreePage[]> {
  const pages: FreePage[] = await getCollection('pages');
  return pages.sort((a, b) => (a.data.order ?? 0) - (b.data.order ?? 0) || compareIds(a.id, b.id));
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
