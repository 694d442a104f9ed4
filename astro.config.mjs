// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { basePath, rehypeUnderBase } from './src/site/base-path.js';

/** BASE_PATH ("/care-map") and SITE_URL ("https://example.org") set where the site is hosted. */
const served = basePath(process.env);
const base = served === '/' ? undefined : served;

export default defineConfig({
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  ...(base ? { base } : {}),
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Links and pictures in the free pages, written from the site's root, are put under the base path.
  integrations: [mdx({ rehypePlugins: [[rehypeUnderBase, { base: base ?? '/' }]] })],
  devToolbar: { enabled: false },
  // Every script is a file of its own: the Content-Security-Policy allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
});
