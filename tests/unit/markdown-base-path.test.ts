import { describe, expect, it } from 'vitest';
import { basePath, rehypeUnderBase, underBase } from '../../src/site/base-path.js';
import { renderMarkdown } from '../../src/site/markdown.ts';

/** A site on GitHub Pages lives under a base path; contributors write links from the site's root. */
describe('links and pictures in contributed Markdown under BASE_PATH', () => {
  const base = '/care-map/';

  it('reads BASE_PATH however it is written, as the pages and the build\'s worker both use it', () => {
    expect(basePath({})).toBe('/');
    expect(basePath({ BASE_PATH: '' })).toBe('/');
    expect(basePath({ BASE_PATH: '/' })).toBe('/');
    for (const written of ['care-map', '/care-map', 'care-map/', '/care-map/']) expect(basePath({ BASE_PATH: written })).toBe('/care-map');
  });

  it('puts a picture and a link written from the site root under the base', () => {
    const html = renderMarkdown('![Our hall](/foodbank.png) and [about](/about/) or <a href="/elements/st-aidans/">the hall</a> <img src="/hall.jpg" alt="Hall">', { base });
    expect(html).toContain('<img src="/care-map/foodbank.png" alt="Our hall" />');
    expect(html).toContain('<a href="/care-map/about/">about</a>');
    expect(html).toContain('<a href="/care-map/elements/st-aidans/">the hall</a>');
    expect(html).toContain('<img src="/care-map/hall.jpg" alt="Hall" />');
  });

  it('leaves every other kind of address as written', () => {
    const html = renderMarkdown('[Site](https://example.org/about/) [mail](mailto:a@example.org) [top](#opening-hours) [next](opening-hours/) [call](tel:+441234) [q](?type=group)', { base });
    expect(html).toContain('href="https://example.org/about/"');
    expect(html).toContain('href="mailto:a@example.org"');
    expect(html).toContain('href="#opening-hours"');
    expect(html).toContain('href="opening-hours/"');
    expect(html).toContain('href="tel:+441234"');
    expect(html).toContain('href="?type=group"');
    expect(html).not.toContain('/care-map');
  });

  it('still refuses a protocol-relative link, under a base or not', () => {
    expect(renderMarkdown('<a href="//evil.example/">x</a> <img src="//evil.example/p.png" alt="p">', { base })).not.toMatch(/evil|care-map/);
  });

  it('changes nothing for a site at the root of its host', () => {
    expect(renderMarkdown('![Our hall](/foodbank.png) [about](/about/)', { base: '/' })).toBe('<p><img src="/foodbank.png" alt="Our hall" /> <a href="/about/">about</a></p>\n');
  });

  it.each([
    ['/about/', '/care-map/about/'],
    ['/', '/care-map/'],
    ['about/', 'about/'],
    ['//host/x', '//host/x'],
    ['/\\host/x', '/\\host/x'],
    ['https://example.org/', 'https://example.org/'],
  ])('underBase(%j) is %j', (url, expected) => {
    expect(underBase(url, '/care-map')).toBe(expected);
  });

  it('rewrites the free pages (MDX): Markdown links and pictures, and HTML written as JSX', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'p', properties: {}, children: [
          { type: 'element', tagName: 'a', properties: { href: '/contribute/' }, children: [] },
          { type: 'element', tagName: 'img', properties: { src: '/hall.jpg', alt: 'Hall' }, children: [] },
          { type: 'element', tagName: 'a', properties: { href: 'https://example.org/' }, children: [] },
        ] },
        { type: 'mdxJsxFlowElement', name: 'a', attributes: [{ type: 'mdxJsxAttribute', name: 'href', value: '/elements/' }, { type: 'mdxJsxAttribute', name: 'title', value: '/not-a-url' }], children: [] },
      ],
    };
    rehypeUnderBase({ base: '/care-map' })(tree);
    const [p, jsx] = tree.children as unknown as [{ children: { properties: Record<string, string> }[] }, { attributes: { value: string }[] }];
    expect(p.children.map((c) => c.properties['href'] ?? c.properties['src'])).toEqual(['/care-map/contribute/', '/care-map/hall.jpg', 'https://example.org/']);
    expect(jsx.attributes.map((a) => a.value)).toEqual(['/care-map/elements/', '/not-a-url']);
  });
});
