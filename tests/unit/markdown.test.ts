import { describe, expect, it } from 'vitest';
import { renderMarkdown as render } from '../../src/site/markdown.ts';

const renderMarkdown = (source: string) => render(source, { base: '/' });

/** What a description may hold, and what the published page keeps of it. */
describe('renderMarkdown: Markdown with a safe subset of HTML', () => {
  it('keeps Markdown and harmless HTML', () => {
    const html = renderMarkdown('Run by **volunteers**.\n\n<details><summary>Opening hours</summary>Tuesdays <b>10–12</b></details>');
    expect(html).toContain('<strong>volunteers</strong>');
    expect(html).toContain('<details><summary>Opening hours</summary>Tuesdays <b>10–12</b></details>');
  });

  it.each([
    ['a script', 'Hello <script>alert(1)</script> world', /<script|alert/],
    ['an event handler', '<img src="x.png" onerror="alert(1)">', /onerror|alert/],
    ['an attribute break-out', '"><svg onload=alert(1)>', /<svg|onload/],
    ['a javascript: Markdown link', '[click](javascript:alert(1))', /href/],
    ['a javascript: HTML link, even encoded', '<a href="JaVaScRiPt&colon;alert(1)">y</a> <a href=" javascript:alert(2)">z</a>', /href|alert\(1\)"/],
    ['a data: link', '<a href="data:text/html,<script>alert(1)</script>">d</a>', /href|<script/],
    ['a frame and a form', '<iframe src="https://example.org"></iframe><form action="/x"><input name="q"></form>', /<iframe|<form|<input/],
    ['a style', '<style>body{display:none}</style><p style="position:fixed">x</p>', /<style|style=|display:none/],
    ['ids and classes', '<p id="main" class="cm-map">x</p>', /id=|class=/],
    ['a closing script tag', '</script><script>alert(1)</script>', /<\/?script|alert/],
    ['a protocol-relative link', '<a href="//evil.example/">x</a>', /evil/],
  ])('removes %s', (_what, source, forbidden) => {
    expect(renderMarkdown(source)).not.toMatch(forbidden);
  });

  it('keeps the text around what it removes', () => {
    expect(renderMarkdown('Hello <script>alert(1)</script> world')).toBe('<p>Hello  world</p>\n');
    expect(renderMarkdown('<span onclick="x()">Tea</span> on Fridays')).toBe('<p><span>Tea</span> on Fridays</p>\n');
  });

  it('shows HTML inside code as text', () => {
    expect(renderMarkdown('Type `<script>` here\n\n```\n<b>bold</b>\n```')).toBe('<p>Type <code>&lt;script&gt;</code> here</p>\n<pre><code>&lt;b&gt;bold&lt;/b&gt;\n</code></pre>\n');
  });

  it('opens outside links safely and keeps mail, phone and local links', () => {
    const html = renderMarkdown('[Site](https://example.org) <a href="mailto:hello@example.org">mail</a> [call](tel:+441234) [about](/about/)');
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">Site</a>');
    expect(html).toContain('<a href="mailto:hello@example.org">mail</a>');
    expect(html).toContain('<a href="tel:+441234">call</a>');
    expect(html).toContain('<a href="/about/">about</a>');
  });

  it('shows pictures from the site, and only the description of pictures from elsewhere', () => {
    const html = renderMarkdown('![Garden](/images/garden.jpg) ![Tracker](https://tracker.example/p.png) ![Data](data:image/png;base64,AAAA)');
    expect(html).toContain('<img src="/images/garden.jpg" alt="Garden" />');
    expect(html).not.toContain('tracker.example');
    expect(html).not.toContain('data:');
    expect(html).toContain('<span>Tracker</span>');
  });

  it('turns a heading 1 into a heading 2: the page title is the only heading 1', () => {
    expect(renderMarkdown('# Who we are')).toBe('<h2>Who we are</h2>\n');
  });

  it('escapes text', () => {
    expect(renderMarkdown('Tea & cake < 5 > 3')).toBe('<p>Tea &amp; cake &lt; 5 &gt; 3</p>\n');
  });
});
