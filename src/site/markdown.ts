import MarkdownIt from 'markdown-it';

/**
 * Markdown for element descriptions and map intros. Raw HTML is not rendered
 * (it shows as text), and markdown-it refuses javascript:, vbscript:, file:
 * and data: links, so contributed text cannot inject markup or script.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true });

const defaultLinkOpen = markdown.renderer.rules['link_open'] ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules['link_open'] = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  const href = token.attrGet('href') ?? '';
  if (/^https?:/i.test(href)) token.attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
