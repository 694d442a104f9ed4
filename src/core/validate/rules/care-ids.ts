import type { CareInput } from '../../schema/care.ts';
import type { FieldPath, Report } from '../../source.ts';
import { didYouMean } from '../../suggest.ts';
import { CARE_FORMS, type CareVocabulary } from '../../vocabulary/care-types.ts';

/** Every care id must be in the site's vocabulary, under the right form. */
export function checkCareIds(care: CareInput | undefined, path: FieldPath, vocabulary: CareVocabulary, report: Report): void {
  if (!care) return;
  for (const form of CARE_FORMS) {
    const other = form === 'formal' ? 'informal' : 'formal';
    (care[form] ?? []).forEach((id, index) => {
      if (id in vocabulary[form]) return;
      const at = [...path, form, index];
      if (id in vocabulary[other]) {
        report('unknown-care', at, `"${id}" is ${other} care, not ${form}; move it under "${other}"`, 'value');
      } else {
        report('unknown-care', at, `unknown ${form} care "${id}"${didYouMean(id, Object.keys(vocabulary[form]))}`, 'value');
      }
    });
  }
}
