/**
 * The HTML a description or a map's intro may contain besides Markdown. The
 * site keeps these tags and attributes and removes everything else: scripts,
 * styles, event handlers, frames, forms, ids and classes. The checker warns
 * about the rest (rule `unsafe-html`), the build removes it. A heading 1
 * becomes a heading 2: the page's own title is its only heading 1.
 */
export const SAFE_HTML_TAGS = [
  'p', 'br', 'hr', 'div', 'span',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup', 'abbr', 'q', 'cite',
  'code', 'kbd', 'pre', 'blockquote',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'details', 'summary', 'figure', 'figcaption',
  'a', 'img',
] as const;

/** Attributes kept on every allowed tag, and per tag. */
export const SAFE_HTML_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  '*': ['title', 'lang', 'dir'],
  a: ['href'],
  img: ['src', 'alt', 'width', 'height'],
  ol: ['start', 'reversed'],
  th: ['colspan', 'rowspan', 'scope', 'align'],
  td: ['colspan', 'rowspan', 'align'],
  details: ['open'],
};

/** URL schemes kept in a link's href; relative links always are. */
export const SAFE_LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

/**
 * Images must come from the site itself (a relative path, e.g. a file in
 * public/): a picture from another server would tell it who reads the page,
 * and the site's Content-Security-Policy blocks it anyway.
 */
export const SAFE_IMAGE_SCHEMES = [] as const;

/** Tags removed together with everything inside them, not just unwrapped. */
export const DROPPED_WITH_CONTENT = ['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'textarea', 'select', 'svg', 'math'] as const;

/** The scheme of a URL, lowercased ("https", "javascript"), or "" when it has none. */
export function urlScheme(url: string): string {
  return /^\s*([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase() ?? '';
}

/** A link or picture within the site: no scheme, not protocol-relative ("//host"), no backslash tricks. */
export function isSiteRelative(url: string | undefined): boolean {
  const trimmed = url?.trim() ?? '';
  return trimmed !== '' && !urlScheme(trimmed) && !trimmed.startsWith('//') && !trimmed.includes('\\');
}
