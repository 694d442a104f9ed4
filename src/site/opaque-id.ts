import { createHash, createHmac } from 'node:crypto';
import type { CareCommons, CareElement } from '../core/model.ts';

/**
 * Public ids for anonymised elements: an HMAC of the slug under a key that an
 * outsider cannot know. The key is CARE_MAP_PRIVACY_KEY when set (stable ids
 * across edits), else a digest of the private elements' own files, which are
 * never published. A plain hash of the slug would be reversed by hashing a list
 * of names; this cannot be.
 */
export function opaqueIdMaker(commons: CareCommons, env: NodeJS.ProcessEnv = process.env): (element: CareElement) => string {
  const key = env['CARE_MAP_PRIVACY_KEY'] || derivedKey(commons);
  const taken = new Set<string>();
  return (element) => {
    const digest = createHmac('sha256', key).update(element.id).digest('hex');
    let length = 10;
    let id = `a-${digest.slice(0, length)}`;
    while (taken.has(id)) id = `a-${digest.slice(0, ++length)}`;
    taken.add(id);
    return id;
  };
}

function derivedKey(commons: CareCommons): string {
  const hash = createHash('sha256').update('care-commons-map/anonymised-id/v1');
  for (const element of commons.elements) {
    if (element.privacy === 'public') continue;
    hash.update(`\u0000${element.id}\u0000${element.name}\u0000${element.alias ?? ''}\u0000${element.body}`);
  }
  return hash.digest('hex');
}
