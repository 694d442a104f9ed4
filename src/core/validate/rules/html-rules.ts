import { RULES, type Diagnostic } from '../../diagnostic.ts';
import type { SourceDocument } from '../../source.ts';
import {
  DROPPED_WITH_CONTENT,
  isSiteRelative,
  SAFE_HTML_ATTRIBUTES,
  SAFE_HTML_TAGS,
  SAFE_LINK_SCHEMES,
  urlScheme,
} from '../../vocabulary/safe-html.ts';

const TAGS = new Set<string>(SAFE_HTML_TAGS);
const DROPPED = new Set<string>(DROPPED_WITH_CONTENT);
const LINK_SCHEMES = new Set<string>(SAFE_LINK_SCHEMES);

/** An HTML tag, opening or closing, with its attributes. */
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** A Markdown picture: ![description](address). */
const PICTURE = /!\[[^\]]*\]\(\s*<?([^\s)>]+)/g;
const FENCE = /^\s{0,3}(```|~~~)/;

/**
 * Warns, at its line, about HTML in a published Markdown body that the site
 * will remove (see core/vocabulary/safe-html.ts), so the contributor learns it
 * before the page goes out without it. HTML inside code is shown as text and
 * is not reported. The build's sanitiser, not this check, is what keeps the
 * site safe: this rule only explains.
 */
export function checkBodyHtml(doc: SourceDocument, out: Diagnostic[]): void {
  if (!doc.body.includes('<') && !doc.body.includes('![')) return;
  const first = doc.bodyLine ?? 1;
  let fence: string | undefined;
  doc.body.split('\n').forEach((raw, i) => {
    const opener = FENCE.exec(raw)?.[1];
    if (opener && (!fence || fence === opener)) {
      fence = fence ? undefined : opener;
      return;
    }
    if (fence) return;
    const text = raw.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
    const problem = firstProblem(text);
    if (!problem) return;
    out.push({
      file: doc.file,
      line: first + i,
      column: [...text.slice(0, problem.index)].length + 1,
      severity: RULES['unsafe-html'],
      rule: 'unsafe-html',
      message: problem.message,
    });
  });
}

function firstProblem(text: string): { index: number; message: string } | undefined {
  for (const match of text.matchAll(PICTURE)) {
    if (!isSiteRelative(match[1]!)) {
      return { index: match.index, message: `pictures from other sites are not shown on the published page, only their description; put the picture in public/ and link to it as /its-name.jpg` };
    }
  }
  for (const match of text.matchAll(TAG)) {
    const [, closing, rawName, attributes] = match;
    const tag = rawName!.toLowerCase();
    if (!TAGS.has(tag)) {
      if (closing) continue;
      const what = DROPPED.has(tag) ? 'with everything inside it' : 'keeping the text inside it';
      return { index: match.index, message: `<${tag}> is removed from the published page, ${what}; use Markdown, or one of the HTML tags the content guide lists` };
    }
    const allowed = [...(SAFE_HTML_ATTRIBUTES['*'] ?? []), ...(SAFE_HTML_ATTRIBUTES[tag] ?? [])];
    for (const attribute of (attributes ?? '').matchAll(ATTRIBUTE)) {
      const name = attribute[1]!.toLowerCase();
      const value = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
      if (!allowed.includes(name)) {
        return { index: match.index, message: `the attribute "${name}" on <${tag}> is removed from the published page` + (name.startsWith('on') ? ': no scripts run on the site' : '') };
      }
      if (name === 'href' && !isSiteRelative(value) && !LINK_SCHEMES.has(urlScheme(value))) {
        return { index: match.index, message: `the link "${value.slice(0, 40)}" is removed from the published page; links may go to http(s), mailto: and tel: addresses, or within the site` };
      }
      if (name === 'src' && !isSiteRelative(value)) {
        return { index: match.index, message: `pictures from other sites are not shown on the published page, only their description; put the picture in public/ and link to it as /its-name.jpg` };
      }
    }
  }
  return undefined;
}
