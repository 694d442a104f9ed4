import { describe, expect, it } from 'vitest';
import { projectPublic } from '../../src/core/projection/public-commons.ts';
import { checkContent, markdown, MEMBER_OF_CO_OP } from '../helpers/content.ts';

const names = async (changes: Parameters<typeof checkContent>[0]) => {
  const result = await checkContent(changes);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const published = projectPublic(result.commons!, { opaqueId: (e) => `a-${e.id}` });
  return published.elements.filter((e) => e.anonymised).map((e) => e.name).sort();
};

describe('default aliases', () => {
  it('skip a letter an explicit alias already uses, so two people never share one label', async () => {
    expect(
      await names({
        'elements/ada-brown.md': (old) => old.replace('alias: Gardener on Mill Lane', 'alias: Supported Person A'),
        'elements/zoe-quill.md': markdown(['name: Zoe Quill', 'type: supported-person', ...MEMBER_OF_CO_OP]),
        'elements/yan-oak.md': markdown(['name: Yan Oak', 'type: supported-person', ...MEMBER_OF_CO_OP]),
      }),
    ).toEqual(['Supported Person A', 'Supported Person B', 'Supported Person C']);
  });

  it('skip a taken letter further down the alphabet too, whatever its case', async () => {
    expect(
      await names({
        'elements/ada-brown.md': (old) => old.replace('alias: Gardener on Mill Lane', 'alias: supported person B'),
        'elements/zoe-quill.md': markdown(['name: Zoe Quill', 'type: supported-person', ...MEMBER_OF_CO_OP]),
        'elements/yan-oak.md': markdown(['name: Yan Oak', 'type: supported-person', ...MEMBER_OF_CO_OP]),
      }),
    ).toEqual(['Supported Person A', 'Supported Person C', 'supported person B']);
  });
});
