import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import {
  DROPPED_WITH_CONTENT,
  isSiteRelative,
  SAFE_HTML_ATTRIBUTES,
  SAFE_HTML_TAGS,
  SAFE_IMAGE_SCHEMES,
  SAFE_LINK_SCHEMES,
} from '../core/vocabulary/safe-html.ts';
import { underBase } from './base-path.js';

/**
 * Markdown for element descriptions and map intros. Raw HTML is allowed, then
 * the whole result is sanitised against the allowlist in core/vocabulary:
 * no scripts, styles, event handlers, frames, forms, ids or classes, and links
 * only to http(s), mailto and tel or within the site. A link or picture
 * written from the site's root (`/about/`, `/hall.jpg`) is put under the base
 * path the site is served from, so contributors never need to know it.
 */
const markdown = new MarkdownIt({ html: true, linkify: true, typographer: true });

export interface MarkdownOptions {
  /** Where the site is served: "/" or "/care-map/" (BASE_PATH). */
  base: string;
}

const sanitisers = new Map<string, sanitizeHtml.IOptions>();

function sanitiser(base: string): sanitizeHtml.IOptions {
  let options = sanitisers.get(base);
  if (!options) sanitisers.set(base, (options = sanitiseOptions(base)));
  return options;
}

const sanitiseOptions = (base: string): sanitizeHtml.IOptions => ({
  allowedTags: [...SAFE_HTML_TAGS],
  // rel is added by the transform below, which runs before the allowlist.
  allowedAttributes: { ...Object.fromEntries(Object.entries(SAFE_HTML_ATTRIBUTES).map(([tag, names]) => [tag, [...names]])), a: [...(SAFE_HTML_ATTRIBUTES['a'] ?? []), 'rel'] },
  allowedSchemes: [...SAFE_LINK_SCHEMES],
  allowedSchemesByTag: { img: [...SAFE_IMAGE_SCHEMES] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  allowVulnerableTags: false,
  disallowedTagsMode: 'discard',
  nonTextTags: [...DROPPED_WITH_CONTENT],
  transformTags: {
    h1: 'h2',
    // A picture from elsewhere is not shown (see SAFE_IMAGE_SCHEMES); its description is.
    img: (tagName, attribs) =>
      isSiteRelative(attribs['src']) ? { tagName, attribs: { ...attribs, src: underBase(attribs['src']!, base) } } : { tagName: 'span', attribs: {}, text: attribs['alt'] ?? '' },
    a: (tagName, attribs) => {
      const href = attribs['href'];
      if (href === undefined) return { tagName, attribs };
      const external = /^(https?:)?\/\//i.test(href);
      return { tagName, attribs: external ? { ...attribs, rel: 'noopener noreferrer' } : { ...attribs, href: underBase(href, base) } };
    },
  },
});

export function renderMarkdown(source: string, options: MarkdownOptions): string {
  return sanitizeHtml(markdown.render(source), sanitiser(options.base));
}
