// @ts-check
// JavaScript, not TypeScript, because astro.config.mjs imports it: Node loads
// the config itself only while it imports nothing but JavaScript; otherwise
// Astro starts a Vite server just to load it (about half a second of every build).

/**
 * Where the site is served, from BASE_PATH: "/" unless it names a folder, then
 * that folder as "/care-map", however it was written ("care-map/", "/care-map").
 *
 * @param {Record<string, string | undefined>} env
 * @returns {string}
 */
export function basePath(env) {
  const folder = (env['BASE_PATH'] ?? '').replace(/^\/+|\/+$/g, '');
  return folder ? `/${folder}` : '/';
}

/**
 * Contributors write links and pictures from the site's root, `[about](/about/)`
 * or `![Our hall](/hall.jpg)`, without knowing where the site will be hosted.
 * Under BASE_PATH ("/care-map") those must become "/care-map/about/": this puts
 * such a URL under the base, and leaves every other URL (a full address,
 * "mailto:", "#top", a relative "page/", a protocol-relative "//host") as written.
 *
 * @param {string} url
 * @param {string} base
 * @returns {string}
 */
export function underBase(url, base) {
  const trimmed = url.trim();
  if (!trimmed.startsWith('/') || trimmed.startsWith('//') || trimmed.startsWith('/\\')) return url;
  return `${base.replace(/\/+$/, '')}${trimmed}`;
}

/**
 * The hast and MDX nodes the plugin below looks at; the rest of each tree is walked through.
 *
 * @typedef {object} TreeNode
 * @property {string} type
 * @property {string} [tagName]
 * @property {Record<string, unknown>} [properties]
 * @property {{ type: string; name?: string; value?: unknown }[]} [attributes]
 * @property {TreeNode[]} [children]
 */

const URL_ATTRIBUTES = new Set(['href', 'src']);

/**
 * A rehype plugin for the free pages (content/pages/*.mdx): the same rule as
 * element descriptions, for Markdown links and pictures (hast elements) and for
 * HTML written as JSX (`<a href="/about/">`, MDX's own nodes, which plugins
 * made for plain HTML such as rehype-urls do not see).
 *
 * @param {{ base: string }} options
 * @returns {(tree: TreeNode) => void}
 */
export function rehypeUnderBase(options) {
  /** @param {TreeNode} node */
  const visit = (node) => {
    const properties = node.properties;
    for (const name of URL_ATTRIBUTES) {
      const value = properties?.[name];
      if (properties && typeof value === 'string') properties[name] = underBase(value, options.base);
    }
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxAttribute' && URL_ATTRIBUTES.has(attribute.name ?? '') && typeof attribute.value === 'string') {
        attribute.value = underBase(attribute.value, options.base);
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  return (tree) => visit(tree);
}
