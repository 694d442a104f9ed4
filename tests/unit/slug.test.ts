import { describe, expect, it } from 'vitest';
import { isSlug, slugify } from '../../src/core/slug.ts';

describe('slugify', () => {
  it.each([
    ['Corner Café', 'corner-cafe'],
    ['Café Rosa & Sons', 'cafe-rosa-and-sons'],
    ["Zoë's Café – Ōsaka Ramen", 'zoes-cafe-osaka-ramen'],
    ['Mistry’s Corner Shop', 'mistrys-corner-shop'],
    ["St. Aidan's Community Hall", 'st-aidans-community-hall'],
    ['Larkfield Care Co-op', 'larkfield-care-co-op'],
    ['GP Surgery (Larkfield)', 'gp-surgery-larkfield'],
    ['  Mill   Lane -- Walkers  ', 'mill-lane-walkers'],
    ['123 Club', '123-club'],
    ['TUESDAY Knit & Natter', 'tuesday-knit-and-natter'],
    ['Łódź Friends', 'lodz-friends'],
    ['Søren’s Straße Café', 'sorens-strasse-cafe'],
    ['Æbleskiver Œuvre', 'aebleskiver-oeuvre'],
    ['Crème brûlée & Co.', 'creme-brulee-and-co'],
    ['ＦＵＬＬ Width', 'full-width'],
    ['北京 Friends', 'friends'],
    ['!!!', ''],
    ['', ''],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('keeps slugs to 80 characters without a trailing hyphen', () => {
    const slug = slugify(`${'word '.repeat(15)}and more words after that`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.startsWith('word-word-')).toBe(true);
  });

  it('gives a valid slug, or nothing, for any name', () => {
    const names = ['A', 'a b', '-x-', 'x--y', 'Ünïcödé', '😀 Smile', 'tab\there', 'new\nline', '50% off', 'C++ & C#', '___', 'Ⅻ Club'];
    for (const name of names) {
      const slug = slugify(name);
      expect(slug === '' || isSlug(slug), `${name} → ${slug}`).toBe(true);
    }
  });
});

describe('isSlug', () => {
  it.each(['a', '7', 'corner-cafe', 'a1-b2-c3', 'larkfield-care-co-op'])('%j is a slug', (value) => {
    expect(isSlug(value)).toBe(true);
  });

  it.each(['', 'Corner-Cafe', '-cafe', 'cafe-', 'corner--cafe', 'corner_cafe', 'corner cafe', 'café', 'corner-cafe.md', 'ｃａｆｅ'])('%j is not a slug', (value) => {
    expect(isSlug(value)).toBe(false);
  });
});
