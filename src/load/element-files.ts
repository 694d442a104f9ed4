import type { Diagnostic } from '../core/diagnostic.ts';
import { reporter, type SourceDocument } from '../core/source.ts';
import { checkElementFile } from '../core/validate/content.ts';
import type { ElementDraft } from '../core/validate/element-file.ts';
import type { ElementContext } from '../core/validate/rules/element-rules.ts';
import { parseMarkdownSource } from './front-matter.ts';
import { readContentFile } from './read-file.ts';
import { yamlLocator } from './yaml-source.ts';

/** An element file to read: its id (the name without `.md`), its path on disk and as shown in messages. */
export interface ElementFileRef {
  id: string;
  absolute: string;
  file: string;
}

/**
 * One element file read, parsed and checked alone, in a form that passes
 * between threads: no functions. `draft` is missing when the file could not
 * be read or parsed; `diagnostics` are what was found in it alone.
 */
export interface CheckedFile {
  diagnostics: Diagnostic[];
  draft?: {
    matter: string;
    body: string;
    bodyLine: number | undefined;
    fields: ElementDraft['fields'];
    connections: ElementDraft['connections'];
    sound: boolean;
  };
  /** The parsed document itself, in the thread that parsed it only (a worker leaves it out). */
  doc?: SourceDocument;
}

/** Reads, parses and checks one element file alone (`checkElementFile`). */
export function checkFileAt(ref: ElementFileRef, context: ElementContext): CheckedFile {
  const read = readContentFile(ref.absolute, ref.file);
  if (!read.ok) return { diagnostics: [read.diagnostic] };
  const parsed = parseMarkdownSource(ref.file, read.text);
  if (!parsed.ok) return { diagnostics: parsed.diagnostics };
  const diagnostics: Diagnostic[] = [];
  const { doc } = parsed;
  const { fields, connections, sound } = checkElementFile(ref.id, doc, context, diagnostics);
  return { diagnostics, draft: { matter: parsed.matter, body: doc.body, bodyLine: doc.bodyLine, fields, connections, sound }, doc };
}

/**
 * The files whose turn this thread takes: each thread that shares
 * `counters[0]` (the next file nobody has claimed, in shared memory) claims
 * the next `batch` files until none is left, so two threads finish together
 * however fast each one is. A worker thread counts its claims in `counters[1]`.
 */
export function checkClaimedFiles(refs: readonly ElementFileRef[], context: ElementContext, counters: Int32Array, batch: number, worker = false): Map<number, CheckedFile> {
  const checked = new Map<number, CheckedFile>();
  const claim = () => {
    if (worker) Atomics.add(counters, 1, 1);
    return Atomics.add(counters, 0, batch);
  };
  for (let start = claim(); start < refs.length; start = claim()) {
    for (let i = start; i < Math.min(start + batch, refs.length); i++) checked.set(i, checkFileAt(refs[i]!, context));
  }
  return checked;
}

/**
 * The draft of a file checked in any thread, made whole again here: `locate`
 * reads the YAML text once a position is asked for, and `data` is what of the
 * front matter passed its checks (only the file's own checks read the rest).
 */
export function draftOf(ref: ElementFileRef, checked: CheckedFile, out: Diagnostic[]): ElementDraft | undefined {
  const { draft } = checked;
  if (!draft) return undefined;
  const doc = checked.doc ?? { file: ref.file, data: draft.fields, body: draft.body, bodyLine: draft.bodyLine, locate: yamlLocator(draft.matter) };
  return { id: ref.id, doc, report: reporter(doc, out), fields: draft.fields, connections: draft.connections, sound: draft.sound };
}
