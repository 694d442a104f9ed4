import { RULES, type Diagnostic } from '../../diagnostic.ts';
import type { Position, SourceDocument } from '../../source.ts';
import { isMembership } from '../../vocabulary/connection-types.ts';
import { INDIVIDUAL_TYPES } from '../../vocabulary/element-types.ts';
import type { ElementDraft } from '../element-file.ts';

/**
 * Family ties and living next door: said of the one person someone supports,
 * they identify that person to anyone who knows the supporter.
 */
const CLOSE_TIE =
  /\b(?:sons?|daughters?|mums?|mother|moms?|dad|father|parents?|grand(?:ad|dad|pa|ma|mother|father|parents?|sons?|daughters?|child|children)|gran|granny|husband|wife|spouse|brothers?|sisters?|siblings?|aunt|auntie|uncle|nieces?|nephews?|cousins?|relatives?|family|next[- ]door)\b/i;

/** A piece of an element's published text, and where a match in it is. */
interface Passage {
  where: string;
  text: string;
  at(index: number): Position;
}

/**
 * Warnings (rule `identifying-text`) for published text that points at an
 * anonymised element without naming it; `private-name` catches the names. On
 * the map a public person is linked to "Resident C": if their own page says
 * "son and main carer of an older Millbrook resident", anyone who knows the
 * family knows who Resident C is, and their health. These patterns are clear
 * enough to flag:
 *
 * - a public person whose only support connection goes to one anonymised
 *   element, and whose summary, tags or description speak of a family tie or
 *   of living next door,
 * - or name that element's `area` (otherwise never published for it), except
 *   inside a public element's name ("Millbrook Walking Group");
 * - an alias that names the anonymised element's own area.
 *
 * Someone who supports several people (a care worker, a café) is not flagged:
 * what their text says cannot be pinned on one of them.
 */
export function checkIdentifyingText(drafts: readonly ElementDraft[], out: Diagnostic[]): void {
  const byId = new Map(drafts.map((d) => [d.id, d]));
  const supported = new Map<string, Set<ElementDraft>>();
  const link = (from: string, to: ElementDraft | undefined) => {
    if (!to) return;
    const set = supported.get(from) ?? new Set<ElementDraft>();
    supported.set(from, set.add(to));
  };
  for (const draft of drafts) {
    for (const { data } of draft.connections) {
      if (isMembership(data.type) || data.to === draft.id) continue;
      link(draft.id, byId.get(data.to));
      link(data.to, draft);
    }
  }
  const publicNames = namesByWord(drafts.filter((d) => privacyOf(d) === 'public' && d.fields.name).map((d) => d.fields.name!));
  // One finder per area, made once: the names to blank out and the pattern do not change from person to person.
  const finders = new Map<string, (text: string) => Found | null>();
  const findPlace = (place: string) => {
    let find = finders.get(place);
    if (!find) finders.set(place, (find = placeFinder(place, publicNames)));
    return find;
  };

  for (const draft of drafts) {
    const { fields: f, doc } = draft;
    if (privacyOf(draft) === 'anonymised' && f.alias && f.area && containsPlace(f.alias, f.area)) {
      warn(out, doc, doc.locate(['alias'], 'value'), `the alias names "${f.area}", this element's area, which is otherwise never published for it; choose an alias that does not say where they live, such as "Resident C"`);
    }
    if (privacyOf(draft) !== 'public' || !f.type || !INDIVIDUAL_TYPES.includes(f.type)) continue;
    const others = [...(supported.get(draft.id) ?? [])];
    const only = others.length === 1 && privacyOf(others[0]!) === 'anonymised' ? others[0]! : undefined;
    if (!only) continue;
    const passages = publishedText(draft);
    const tie = firstMatch(passages, (text) => {
      const match = CLOSE_TIE.exec(text);
      return match && { found: match[0], index: match.index };
    });
    if (tie) {
      warn(
        out,
        doc,
        tie.position,
        `${tie.where} says "${tie.found}", and the only element "${draft.id}" supports is "${only.id}", who is anonymised: together they tell anyone who knows ${f.name ?? 'this person'} who that is. Keep the published text vague ("helps someone nearby"), or make "${draft.id}" anonymised too`,
      );
    }
    const area = only.fields.area;
    const named = area && firstMatch(passages, findPlace(area));
    if (area && named) {
      warn(
        out,
        doc,
        named.position,
        `${named.where} names "${area}", and the only element "${draft.id}" supports is "${only.id}", who is anonymised and whose area that is: it tells readers where they live, which is never published for them. Leave it out, or name a wider area`,
      );
    }
  }
}

function privacyOf(draft: ElementDraft): 'public' | 'anonymised' | 'hidden' {
  return draft.fields.privacy ?? (draft.fields.type === 'supported-person' ? 'anonymised' : 'public');
}

function warn(out: Diagnostic[], doc: SourceDocument, { line, column }: Position, message: string): void {
  out.push({ file: doc.file, line, column, severity: RULES['identifying-text'], rule: 'identifying-text', message });
}

/** What of a public individual is published as free text: summary, tags and description. */
function publishedText({ fields, doc }: ElementDraft): Passage[] {
  // A field's problem is shown at its value (quotes would make a column inside it unreliable).
  const field = (where: string, text: string | undefined, path: (string | number)[]): Passage[] =>
    text ? [{ where, text, at: () => doc.locate(path, 'value') }] : [];
  const first = doc.bodyLine ?? 1;
  return [
    ...field('the summary', fields.summary, ['summary']),
    ...(fields.tags ?? []).flatMap((tag, i) => field('a tag', tag, ['tags', i])),
    ...doc.body.split('\n').map((text, i) => ({ where: 'the description', text, at: (index: number) => ({ line: first + i, column: [...text.slice(0, index)].length + 1 }) })),
  ];
}

/** Where a finder found something in a text: the words, and the index they start at. */
interface Found {
  found: string;
  index: number;
}

function firstMatch(passages: readonly Passage[], find: (text: string) => Found | null) {
  for (const { where, text, at } of passages) {
    const match = find(text);
    if (match) return { where, found: match.found, position: at(match.index) };
  }
  return undefined;
}

/** A letter or digit of any script: what may not touch a place's name for it to be that place. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The words of a text: its runs of letters and digits. */
function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Public names by each of their words, to find the few that contain a place. */
function namesByWord(names: readonly string[]): Map<string, string[]> {
  const byWord = new Map<string, string[]>();
  for (const name of names) {
    for (const word of new Set(wordsOf(name))) {
      const named = byWord.get(word);
      if (named) named.push(name);
      else byWord.set(word, [name]);
    }
  }
  return byWord;
}

/**
 * Finds `place` as a whole phrase, written as a name (its own capitals), not
 * inside one of the public names (`byWord`, from namesByWord). Only a name in
 * which the place stands as whole words can hold a match, and in such a name
 * the place's first word is one of the name's words.
 */
function placeFinder(place: string, byWord: ReadonlyMap<string, readonly string[]>): (text: string) => Found | null {
  // Found when a text first mentions the place: most areas are named in no one's text.
  let within: readonly string[] | undefined;
  return (text) => {
    if (phraseAt(text, place) === -1) return null;
    within ??= (byWord.get(wordsOf(place)[0] ?? '') ?? []).filter((name) => name.includes(place));
    let blanked = text;
    for (const name of within) if (blanked.includes(name)) blanked = blanked.split(name).join(' '.repeat(name.length));
    const index = phraseAt(blanked, place);
    return index === -1 ? null : { found: place, index };
  };
}

/** The first index of `phrase` in `text` with no letter or digit just before or after it, or -1. */
function phraseAt(text: string, phrase: string): number {
  for (let index = text.indexOf(phrase); index !== -1; index = text.indexOf(phrase, index + 1)) {
    if (!touchesLetter(text, index, -1) && !touchesLetter(text, index + phrase.length, 1)) return index;
  }
  return -1;
}

/** Whether the code point before (`side` -1) or at (`side` 1) `index` is a letter or digit. */
function touchesLetter(text: string, index: number, side: -1 | 1): boolean {
  if (side === 1) return index < text.length && LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(index)!));
  if (index === 0) return false;
  const low = text.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(start)!));
}

function containsPlace(text: string, place: string): boolean {
  return placeFinder(place.toLowerCase(), new Map())(text.toLowerCase()) !== null;
}
