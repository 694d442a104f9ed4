/**
 * Contributors write links and pictures from the site's root, `[about](/about/)`
 * or `![Our hall](/hall.jpg)`, without knowing where the site will be hosted.
 * Under BASE_PATH ("/care-map") those must become "/care-map/about/": this puts
 * such a URL under the base, and leaves every other URL (a full address,
 * "mailto:", "#top", a relative "page/", a protocol-relative "//host") as written.
 */
export function underBase(url: string, base: string): string {
  const trimmed = url.trim();
  if (!trimmed.startsWith('/') || trimmed.startsWith('//') || trimmed.startsWith('/\\')) return url;
  return `${base.replace(/\/+$/, '')}${trimmed}`;
}

/** The hast and MDX nodes the plugin below looks at; the rest of each tree is walked through. */
interface TreeNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: TreeNode[];
}

const URL_ATTRIBUTES = new Set(['href', 'src']);

/**
 * A rehype plugin for the free pages (content/pages/*.mdx): the same rule as
 * element descriptions, for Markdown links and pictures (hast elements) and for
 * HTML written as JSX (`<a href="/about/">`, MDX's own nodes, which plugins
 * made for plain HTML such as rehype-urls do not see).
 */
export function rehypeUnderBase(options: { base: string }) {
  const visit = (node: TreeNode): void => {
    for (const name of URL_ATTRIBUTES) {
      const value = node.properties?.[name];
      if (typeof value === 'string') node.properties![name] = underBase(value, options.base);
    }
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxAttribute' && URL_ATTRIBUTES.has(attribute.name ?? '') && typeof attribute.value === 'string') {
        attribute.value = underBase(attribute.value, options.base);
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  return (tree: TreeNode) => visit(tree);
}
