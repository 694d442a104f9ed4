import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';

/** Free pages: content/pages/*.mdx (or under CARE_MAP_CONTENT). */
const contentDir = path.resolve(process.env['CARE_MAP_CONTENT'] || 'content');

export const collections = {
  pages: defineCollection({
    loader: glob({ pattern: '*.mdx', base: path.join(contentDir, 'pages') }),
    schema: z.object({
      title: z.string().min(1).max(120),
      description: z.string().max(400).optional(),
      order: z.number().optional(),
    }),
  }),
};
