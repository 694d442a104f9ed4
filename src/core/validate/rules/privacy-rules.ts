import type { Diagnostic } from '../../diagnostic.ts';
import { RULES } from '../../diagnostic.ts';
import type { FieldPath } from '../../source.ts';
import type { ElementDraft } from '../element-file.ts';

/** Honorifics and words too common to be a sign of a name. */
const NOT_NAMES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'the', 'and', 'of']);

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;

/**
 * A hard rule, not a courtesy: the name of an anonymised or hidden element must
 * not appear in anything published about another element (its name, summary,
 * description, tags, connection roles and notes), nor in an alias. Each word of
 * the private name counts (a first name alone identifies someone in a small
 * neighbourhood) unless the word is also part of a public element's name.
 */
export function checkPrivateNames(drafts: readonly ElementDraft[], out: Diagnostic[]): void {
  const isPrivate = (d: ElementDraft) => d.fields.privacy === 'hidden' || d.fields.privacy === 'anonymised' || (d.fields.privacy === undefined && d.fields.type === 'supported-person');
  const publicWords = new Set<string>();
  for (const d of drafts) if (!isPrivate(d) && d.fields.name) for (const w of words(d.fields.name)) publicWords.add(w.toLowerCase());

  const owners = new Map<string, ElementDraft>();
  for (const d of drafts) {
    if (!isPrivate(d) || !d.fields.name) continue;
    for (const w of words(d.fields.name)) {
      const key = w.toLowerCase();
      if (w.length >= 3 && !NOT_NAMES.has(key) && !publicWords.has(key) && !owners.has(w)) owners.set(w, d);
    }
  }
  if (owners.size === 0) return;
  const byId = new Map(drafts.map((d) => [d.id, d]));

  const scan = (draft: ElementDraft, text: string | undefined, at: (word: string) => { line: number; column: number }, where: string) => {
    if (!text) return;
    for (const w of words(text)) {
      const owner = owners.get(w);
      if (!owner || owner === draft) continue;
      const { line, column } = at(w);
      out.push({
        file: draft.doc.file,
        line,
        column,
        severity: RULES['private-name'],
        rule: 'private-name',
        message: `${where} mentions "${w}", from the name of "${owner.id}", which is ${owner.fields.privacy === 'hidden' ? 'hidden' : 'anonymised'}; it would be published. Write "a neighbour" or the alias instead`,
      });
      return;
    }
  };
  for (const draft of drafts) {
    const f = draft.fields;
    const field = (path: FieldPath) => () => draft.doc.locate(path, 'value');
    if (isPrivate(draft)) {
      if (f.privacy !== 'hidden') scan(draft, f.alias, field(['alias']), 'the alias');
      continue;
    }
    scan(draft, f.name, field(['name']), 'the name');
    scan(draft, f.summary, field(['summary']), 'the summary');
    scan(draft, f.area, field(['area']), 'the area');
    scan(draft, f.contact, field(['contact']), 'the contact');
    (f.tags ?? []).forEach((tag, i) => scan(draft, tag, field(['tags', i]), 'a tag'));
    for (const { index, data } of draft.connections) {
      // Roles and notes are published only between two public elements.
      const target = byId.get(data.to);
      if (!target || isPrivate(target)) continue;
      scan(draft, data.role, field(['connections', index, 'role']), 'a connection role');
      scan(draft, data.note, field(['connections', index, 'note']), 'a connection note');
    }
    scanBody(draft, (text, at) => scan(draft, text, at, 'the description'));
  }
}

function scanBody(draft: ElementDraft, scanLine: (text: string, at: (word: string) => { line: number; column: number }) => void): void {
  const first = draft.doc.bodyLine ?? 1;
  draft.doc.body.split('\n').forEach((text, i) => scanLine(text, (word) => ({ line: first + i, column: [...text.slice(0, Math.max(0, text.indexOf(word)))].length + 1 })));
}

function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.replace(/['’-]+$/, '').replace(/['’]s$/, ''));
}
