import { compareText, RULES, type Diagnostic } from '../../diagnostic.ts';
import { aliasKey } from '../../projection/public-commons.ts';
import type { FieldPath, Position, SourceDocument } from '../../source.ts';
import type { ElementDraft } from '../element-file.ts';

/** Honorifics and words too common to be a sign of a name. */
const NOT_NAMES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'the', 'and', 'of']);

/** Letters (with accents and apostrophes inside); hyphenated names are also split into their parts. */
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’]*/gu;

/** The words of WORD that start with a capital: only those can be written as a name (most words of a text are not). */
const CAPITALISED_WORD = /(?<![\p{L}\p{M}])(?<![\p{L}\p{M}]['’])\p{Lu}[\p{L}\p{M}'’]*/gu;

/** Other published text: map titles and intros, the site's title and description. */
export interface PublishedText {
  doc: SourceDocument;
  fields: { path: FieldPath; text: string | undefined }[];
  /** Whether the document's body is published too. */
  body: boolean;
}

/**
 * A hard rule, not a courtesy: the name of an anonymised or hidden element must
 * not appear in anything published — another element's name, summary,
 * description, tags, roles and notes between public elements, an alias, a map's
 * intro, the site's description. Each word of the private name counts (a first
 * name alone identifies someone in a small neighbourhood) unless it is also part
 * of a public element's name. A word counts when written as a name, with a
 * capital: "Rose" is flagged, the "rose garden" is not.
 */
export function checkPrivateNames(drafts: readonly ElementDraft[], others: readonly PublishedText[], out: Diagnostic[]): void {
  const publicWords = new Set<string>();
  for (const d of drafts) if (!isPrivate(d) && d.fields.name) for (const { word } of words(d.fields.name)) publicWords.add(word.toLowerCase());

  const owners = new Map<string, ElementDraft>();
  for (const d of drafts) {
    if (!isPrivate(d) || !d.fields.name) continue;
    for (const { word } of words(d.fields.name)) {
      const key = word.toLowerCase();
      if (word.length >= 3 && !NOT_NAMES.has(key) && !publicWords.has(key) && !owners.has(key)) owners.set(key, d);
    }
  }
  if (owners.size === 0) return;
  const byId = new Map(drafts.map((d) => [d.id, d]));

  /** Reports the first private name word in `text`; `self` may name itself (its own summary is never published). */
  const scan = (doc: SourceDocument, text: string | undefined, at: (index: number) => Position, where: string, self?: ElementDraft) => {
    if (!text) return;
    for (const { word, index } of words(text, CAPITALISED_WORD)) {
      const owner = owners.get(word.toLowerCase());
      if (!owner || owner === self) continue;
      const { line, column } = at(index);
      const mine = doc === owner.doc;
      out.push({
        file: doc.file,
        line,
        column,
        severity: RULES['private-name'],
        rule: 'private-name',
        message: mine
          ? `${where} contains "${word}", from this element's own name; the alias is published, so choose one that does not identify them`
          : `${where} mentions "${word}", from the name of "${owner.id}", which is ${owner.fields.privacy === 'hidden' ? 'hidden' : 'anonymised'}; it would be published. Write "a neighbour" or the alias instead`,
      });
      return;
    }
  };
  // A field's problem is shown at its value (quotes would make a column inside it unreliable).
  const atValue = (doc: SourceDocument, path: FieldPath) => () => doc.locate(path, 'value');
  const scanBody = (doc: SourceDocument, where: string, self?: ElementDraft) => {
    const first = doc.bodyLine ?? 1;
    doc.body.split('\n').forEach((text, i) => scan(doc, text, (index) => ({ line: first + i, column: [...text.slice(0, index)].length + 1 }), where, self));
  };

  for (const draft of drafts) {
    const { fields: f, doc } = draft;
    if (isPrivate(draft)) {
      if (f.privacy !== 'hidden') scan(doc, f.alias, atValue(doc, ['alias']), 'the alias');
      continue;
    }
    scan(doc, f.summary, atValue(doc, ['summary']), 'the summary', draft);
    scan(doc, f.area, atValue(doc, ['area']), 'the area', draft);
    scan(doc, f.contact, atValue(doc, ['contact']), 'the contact', draft);
    (f.tags ?? []).forEach((tag, i) => scan(doc, tag, atValue(doc, ['tags', i]), 'a tag', draft));
    for (const { index, data } of draft.connections) {
      // Roles and notes are published only between two public elements.
      const target = byId.get(data.to);
      if (!target || isPrivate(target)) continue;
      scan(doc, data.role, atValue(doc, ['connections', index, 'role']), 'a connection role', draft);
      scan(doc, data.note, atValue(doc, ['connections', index, 'note']), 'a connection note', draft);
    }
    scanBody(doc, 'the description', draft);
  }
  for (const other of others) {
    for (const { path, text } of other.fields) scan(other.doc, text, atValue(other.doc, path), `"${path.join('.')}"`);
    if (other.body) scanBody(other.doc, 'the text');
  }
}

/**
 * Two anonymised elements under one alias look like one person on the map and
 * in the exports. Reported at the alias of the second file (default aliases
 * skip taken ones, so only aliases given by hand can clash).
 */
export function checkDuplicateAliases(drafts: readonly ElementDraft[], out: Diagnostic[]): void {
  const first = new Map<string, ElementDraft>();
  const anonymised = drafts.filter((d) => d.fields.alias !== undefined && isPrivate(d) && d.fields.privacy !== 'hidden');
  for (const draft of anonymised.sort((a, b) => compareText(a.doc.file, b.doc.file))) {
    const key = aliasKey(draft.fields.alias!);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, draft);
      continue;
    }
    const { line, column } = draft.doc.locate(['alias'], 'value');
    const at = earlier.doc.locate(['alias'], 'value');
    out.push({
      file: draft.doc.file,
      line,
      column,
      severity: RULES['duplicate-alias'],
      rule: 'duplicate-alias',
      message: `the alias "${draft.fields.alias}" is also the alias of "${earlier.id}" (${earlier.doc.file}:${at.line}:${at.column}); two people would look like one on the map: choose another, or leave it out for a lettered one`,
    });
  }
}

function isPrivate(d: ElementDraft): boolean {
  return d.fields.privacy === 'hidden' || d.fields.privacy === 'anonymised' || (d.fields.privacy === undefined && d.fields.type === 'supported-person');
}

function words(text: string, pattern = WORD): { word: string; index: number }[] {
  const found: { word: string; index: number }[] = [];
  for (const match of text.matchAll(pattern)) {
    const word = match[0].replace(/['’]s$/, '').replace(/['’]+$/, '');
    found.push({ word, index: match.index });
  }
  return found;
}
