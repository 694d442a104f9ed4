/** An element's id: the file name without `.md`. Branded so it is checked once. */
export type ElementId = string & { readonly __brand: 'ElementId' };

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: string): value is ElementId {
  return SLUG_PATTERN.test(value);
}

/** Latin letters that Unicode does not decompose into a base letter and an accent. */
const LETTERS: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h' };

/** Turns a display name into a slug: "Café Rosa & Sons" → "cafe-rosa-and-sons". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[łøæœßđðþıħ]/g, (letter) => LETTERS[letter] ?? letter)
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** Said by `care-map new` and the add form when a name has no letter or digit to make a slug of. */
export function noSlugMessage(name: string): string {
  return `cannot make a file name from "${name}": use some letters or digits`;
}

/** Said by `care-map new` and the add form when an element file of that slug exists already. */
export function slugTakenMessage(file: string): string {
  return `${file} already exists: edit it, or choose another name`;
}
