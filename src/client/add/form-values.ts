import { CARE_FORMS, type CareForm } from '../../core/vocabulary/care-types.ts';
import type { ElementType } from '../../core/vocabulary/element-types.ts';
import { emptyCareOffer, type NewElement } from './new-element.ts';

/** The element's own fields as the form holds them (connections are read from their rows). */
export function readForm(form: HTMLFormElement, today: string): Omit<NewElement, 'connections'> {
  const data = new FormData(form);
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  const care = emptyCareOffer();
  for (const form of CARE_FORMS) care[form as CareForm] = data.getAll(`care-${form}`).map(String);
  return {
    name: text('name'),
    type: text('type') as ElementType | '',
    summary: text('summary'),
    area: text('area'),
    website: text('website'),
    contact: text('contact'),
    care,
    tags: text('tags'),
    maps: data.getAll('maps').map(String),
    alias: text('alias'),
    reviewed: today,
    body: text('body'),
  };
}
