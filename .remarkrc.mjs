// Checks the front matter of element and map files against the JSON Schemas
// generated from the zod schemas (schema/, `npm run schema`), in VS Code with
// the "remark" extension (unifiedjs.vscode-remark) and with
// `npm run lint:front-matter`. `care-map check` remains the full check: it also
// knows the care vocabulary, the other files and privacy.
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';

export default {
  plugins: [
    remarkFrontmatter,
    [
      remarkLintFrontmatterSchema,
      {
        schemas: {
          './schema/element.schema.json': ['content/elements/*.md'],
          './schema/map.schema.json': ['content/maps/*.md'],
        },
      },
    ],
  ],
};
