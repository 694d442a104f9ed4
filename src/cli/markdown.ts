/** Markdown written by our commands for GitHub (issues, job summaries), from contributors' text. */

/** Keeps names and messages from turning into links, emphasis, HTML or table cells. */
export function escapeMarkdown(text: string): string {
  // Brackets make links and images, <> HTML, | table cells; a bare ( or # in mid-line is harmless.
  return text.replace(/[\\`*_{}[\]<>|~]/g, '\\$&').replace(/\r?\n/g, ' ');
}

export const MARKDOWN = {
  quote: escapeMarkdown,
  strong: (text: string) => `**${text}**`,
  heading: (text: string) => `#### ${text}`,
  item: (text: string) => `- ${text}`,
};
