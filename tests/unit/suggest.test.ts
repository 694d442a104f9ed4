import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from '../../src/core/suggest.ts';
import { ELEMENT_TYPE_IDS } from '../../src/core/vocabulary/element-types.ts';
import { CONNECTION_TYPE_IDS } from '../../src/core/vocabulary/connection-types.ts';
import { ELEMENT_KEYS } from '../../src/core/schema/element.ts';

describe('closest: likely typos get a suggestion', () => {
  it.each([
    ['buisness', ELEMENT_TYPE_IDS, 'business'],
    ['bussiness', ELEMENT_TYPE_IDS, 'business'],
    ['Business', ELEMENT_TYPE_IDS, 'business'],
    ['grup', ELEMENT_TYPE_IDS, 'group'],
    ['persn', ELEMENT_TYPE_IDS, 'person'],
    ['organization', ELEMENT_TYPE_IDS, 'organisation'],
    ['supported-persn', ELEMENT_TYPE_IDS, 'supported-person'],
    ['convening_partner', ELEMENT_TYPE_IDS, 'convening-partner'],
    ['comons-membership', CONNECTION_TYPE_IDS, 'commons-membership'],
    ['shared-suport-plan', CONNECTION_TYPE_IDS, 'shared-support-plan'],
    ['sumary', ELEMENT_KEYS, 'summary'],
    ['conections', ELEMENT_KEYS, 'connections'],
    ['reveiwed', ELEMENT_KEYS, 'reviewed'],
    ['Name', ELEMENT_KEYS, 'name'],
    ['tgas', ELEMENT_KEYS, 'tags'],
  ] as const)('%j among %j → %j', (input, candidates, expected) => {
    expect(closest(input, candidates)).toBe(expected);
    expect(didYouMean(input, candidates)).toBe(`; did you mean "${expected}"?`);
  });
});

describe('closest: no suggestion when nothing is close', () => {
  it.each([
    ['hospital', ELEMENT_TYPE_IDS],
    ['colour', ELEMENT_KEYS],
    ['xy', ['ab', 'cd']],
    ['friendship', CONNECTION_TYPE_IDS],
    ['anything', []],
  ] as const)('%j among %j → nothing', (input, candidates) => {
    expect(closest(input, candidates)).toBeUndefined();
    expect(didYouMean(input, candidates)).toBe('');
  });
});

describe('closest: ties', () => {
  it('are broken alphabetically, whatever the order of the candidates', () => {
    expect(closest('cat', ['hat', 'bat'])).toBe('bat');
    expect(closest('cat', ['bat', 'hat'])).toBe('bat');
  });

  it('an exact match wins', () => {
    expect(closest('group', ['groups', 'group', 'grouper'])).toBe('group');
  });
});
