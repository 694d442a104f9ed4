import { INDIVIDUAL_TYPES, elementTypeLabel, type ElementType } from './vocabulary/element-types.ts';

export interface TemplateOptions {
  type: ElementType;
  name: string;
  /** Today, YYYY-MM-DD. */
  today: string;
  /** Slug of the convening partner, to suggest a membership connection. */
  conveningPartner?: string;
}

/** The text of a new element file: valid as it is, with every optional key shown as a comment. */
export function elementTemplate({ type, name, today, conveningPartner }: TemplateOptions): string {
  const individual = INDIVIDUAL_TYPES.includes(type);
  const supported = type === 'supported-person';
  const lines = [
    '---',
    '# A new element of the care commons. Lines starting with "#" are notes:',
    '# remove the "# " in front of a line to use it, or delete it. Every key is',
    '# explained in docs/content-guide.md.',
    `name: ${JSON.stringify(name)}`,
    `type: ${type}`,
    '# summary: One line about who or what this is, at most 280 characters.',
    '# area: Neighbourhood or locality',
    ...(individual ? [] : ['# website: https://example.org', '# contact: Public contact details (organisations only)']),
    '# care:                      # care this element can offer',
    '#   formal: [personal-care]',
    '#   informal: [shopping, companionship]',
    '# tags: [volunteers]',
    ...(supported
      ? [
          '# Supported persons are anonymised: the public site shows only an alias,',
          '# never this name or the text below. Choose the alias they are happy with.',
          'privacy: anonymised',
          `# alias: ${elementTypeLabel(type)} in Mill Lane`,
        ]
      : ['# privacy: public            # public, anonymised or hidden']),
    `reviewed: ${today}`,
    '# connections:',
    `#   - to: ${conveningPartner ?? 'slug-of-the-convening-partner'}`,
    '#     type: commons-membership',
    `#     since: ${today}`,
    supported ? '#     role: supported member' : '#     role: community member',
    '---',
    supported
      ? 'Write here, for the co-op only, what matters about this person. It is never published while they are anonymised.'
      : `Describe ${name} here: what they do, for whom, and how to get involved.`,
    '',
  ];
  return lines.join('\n');
}
