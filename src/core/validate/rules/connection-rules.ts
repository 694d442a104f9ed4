import type { ConnectionData } from '../../schema/connection.ts';
import { didYouMean } from '../../suggest.ts';
import type { CareVocabulary } from '../../vocabulary/care-types.ts';
import { CARE_FORMS } from '../../vocabulary/care-types.ts';
import { careGiver, connectionFits, connectionTypeInfo, isMembership } from '../../vocabulary/connection-types.ts';
import { elementTypeLabel, elementTypeWithArticle } from '../../vocabulary/element-types.ts';
import type { ElementDraft } from '../element-file.ts';
import { checkCareIds } from './care-ids.ts';

/**
 * Rules across files: each connection points at an element that exists, keeps
 * its type's rule, carries care only where care can flow, and is declared once.
 * Returns the connections that passed, in declaration order.
 */
export function checkConnections(drafts: readonly ElementDraft[], vocabulary: CareVocabulary): { draft: ElementDraft; data: ConnectionData }[] {
  const byId = new Map(drafts.map((d) => [d.id, d]));
  // Where each was declared ("file:line:column"), looked up only when reported: a lookup may parse the file again.
  const declared = new Map<string, () => string>();
  const kinds = new Map<string, { type: string; where: () => string }>();
  const passed: { draft: ElementDraft; data: ConnectionData }[] = [];

  for (const draft of drafts) {
    for (const { index, data } of draft.connections) {
      const at = ['connections', index] as const;
      const { report } = draft;
      let ok = true;
      if (data.to === draft.id) {
        report('self-connection', [...at, 'to'], `"${draft.id}" is connected to itself; a connection links two different elements`, 'value');
        continue;
      }
      const target = byId.get(data.to);
      if (!target) {
        report('dangling-connection', [...at, 'to'], `connection to "${data.to}", which does not exist${didYouMean(data.to, byId.keys())}`, 'value');
        ok = false;
      }
      const rule = connectionTypeInfo(data.type);
      const fromType = draft.fields.type;
      const toType = target?.fields.type;
      if (target && fromType && toType && !connectionFits(data.type, fromType, toType)) {
        report(
          'connection-rule',
          [...at, 'type'],
          `${/^[aeiou]/.test(data.type) ? 'an' : 'a'} "${data.type}" connection needs a ${elementTypeLabel(rule.requires)} (${rule.requires}) at one end; "${draft.id}" is ${elementTypeWithArticle(fromType)} and "${data.to}" is ${elementTypeWithArticle(toType)}`,
          'value',
        );
        ok = false;
      }
      if (data.care && isMembership(data.type)) {
        report('care-on-membership', [...at, 'care'], `care cannot flow through a "${data.type}" connection; put it on a support connection (not-in-support-plan or shared-support-plan)`);
        ok = false;
      }
      checkCareIds(data.care, [...at, 'care'], vocabulary, report);

      const key = [draft.id, data.to].sort().join('\u0000') + '\u0000' + data.type;
      const here = () => {
        const { line, column } = draft.doc.locate([...at, 'to'], 'value');
        return `${draft.doc.file}:${line}:${column}`;
      };
      const first = declared.get(key);
      if (first) {
        report(
          'duplicate-connection',
          [...at, 'to'],
          `the "${data.type}" connection between "${draft.id}" and "${data.to}" is declared twice; it is also at ${first()}. Keep one`,
          'value',
        );
        continue;
      }
      declared.set(key, here);
      // Active and inactive membership cannot both be true. (Care inside and outside a
      // support plan can: the same neighbour may do both.)
      const kindKey = isMembership(data.type) ? [draft.id, data.to].sort().join('\u0000') : undefined;
      const other = kindKey === undefined ? undefined : kinds.get(kindKey);
      if (other) {
        report(
          'duplicate-connection',
          [...at, 'type'],
          `"${draft.id}" and "${data.to}" are connected both as "${other.type}" (at ${other.where()}) and as "${data.type}"; keep the one that is true now`,
          'value',
        );
        continue;
      }
      if (kindKey !== undefined) kinds.set(kindKey, { type: data.type, where: here });
      if (ok && target) {
        checkCareOffered(draft, target, data, index, vocabulary);
        passed.push({ draft, data });
      }
    }
  }
  return passed;
}

/** Care flows towards the supported person: its giver should list it among its own care. */
function checkCareOffered(draft: ElementDraft, target: ElementDraft, data: ConnectionData, index: number, vocabulary: CareVocabulary): void {
  if (!data.care) return;
  const giver = careGiver(draft.fields.type, target.fields.type) === 'to' ? target : draft;
  for (const form of CARE_FORMS) {
    (data.care[form] ?? []).forEach((id, i) => {
      if (!(id in vocabulary[form]) || giver.fields.care?.[form]?.includes(id)) return;
      draft.report(
        'care-not-offered',
        ['connections', index, 'care', form, i],
        `"${giver.id}" gives ${form} care "${id}" here but does not list it in its own "care"; add it to ${giver.doc.file || giver.id} or correct this connection`,
        'value',
      );
    });
  }
}
