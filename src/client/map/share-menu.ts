import type { Piece } from './map-chrome.ts';
import type { MapRenderer } from './map-renderer.ts';

type Picture = typeof import('./picture.ts');

/**
 * The map bar's Share menu (CareMapView.astro renders it on the map page):
 * copy a link to this view, copy an `<iframe>` of the embed for it, download
 * the view as a picture (SVG or PNG) or print it. The address already
 * carries the view (url-sync.ts), so the link and the embed are made from it.
 * The picture code (picture.ts) loads on first use. Each result is said in
 * the menu's status line, which a screen reader announces.
 */
export class ShareMenu {
  private readonly button: HTMLButtonElement;
  private readonly panel: HTMLElement;
  private readonly status: HTMLElement;
  private picture: Promise<Picture> | null = null;

  constructor(
    private readonly root: HTMLElement,
    piece: Piece,
    private readonly renderer: MapRenderer,
  ) {
    this.button = piece<HTMLButtonElement>('share-button');
    this.panel = piece('share');
    this.status = piece('share-status');
    this.button.addEventListener('click', () => this.setOpen(this.panel.hidden));
    this.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        this.setOpen(false);
        this.button.focus();
      }
    });
    // A click or focus anywhere else closes it.
    for (const type of ['pointerdown', 'focusin']) {
      document.addEventListener(type, (event) => {
        if (!this.panel.hidden && !this.panel.parentElement!.contains(event.target as Node)) this.setOpen(false);
      });
    }
    this.panel.addEventListener('click', (event) => {
      const action = (event.target as Element).closest<HTMLElement>('[data-share]')?.dataset['share'];
      if (action) void this.run(action);
    });
    // Start loading the picture code when the menu is first opened: it is ready by the time a download is chosen.
    this.button.addEventListener('click', () => void this.loadPicture(), { once: true });
  }

  private setOpen(open: boolean): void {
    this.panel.hidden = !open;
    this.button.setAttribute('aria-expanded', String(open));
    if (open) this.status.textContent = '';
  }

  private async run(action: string): Promise<void> {
    try {
      if (action === 'link') await this.copy(this.viewUrl(), 'Link to this view copied.');
      else if (action === 'embed') await this.copy(this.embedCode(), 'Embed code copied. Paste it into your page’s HTML.');
      else if (action === 'print') {
        this.setOpen(false);
        print();
      } else if (action === 'svg' || action === 'png') {
        this.say('Making the picture…');
        const { downloadPicture } = await this.loadPicture();
        const name = await downloadPicture(this.renderer.current, this.root, action);
        this.say(`Downloaded ${name}.`);
      }
    } catch (error) {
      console.warn(error);
      this.say(action === 'svg' || action === 'png' ? 'The picture could not be made.' : 'Could not copy: select the text below and copy it yourself.');
      if (action === 'link' || action === 'embed') this.showText(action === 'link' ? this.viewUrl() : this.embedCode());
    }
  }

  private loadPicture(): Promise<Picture> {
    this.picture ??= import('./picture.ts');
    return this.picture;
  }

  /** This page with this view's state; a `renderer` override is for comparing drawings, not for sharing. */
  private viewUrl(): string {
    const url = new URL(location.href);
    url.searchParams.delete('renderer');
    url.hash = '';
    return url.href;
  }

  /** The embed of this map, with this view's state, as an `<iframe>` to paste into a page. */
  private embedCode(): string {
    const embed = new URL(this.root.dataset['embed']!, location.href);
    embed.search = new URL(this.viewUrl()).search;
    const title = (this.root.dataset['title'] ?? 'Care map').replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
    return `<iframe src="${embed.href.replace(/&/g, '&amp;')}" title="${title}" width="100%" height="480" style="border:0" loading="lazy"></iframe>`;
  }

  private async copy(text: string, done: string): Promise<void> {
    await navigator.clipboard.writeText(text);
    this.panel.querySelector('[data-part="share-text"]')?.remove();
    this.say(done);
  }

  /** Where the clipboard is refused: the text, selected, to copy by hand. */
  private showText(text: string): void {
    this.panel.querySelector('[data-part="share-text"]')?.remove();
    const field = document.createElement('textarea');
    field.dataset['part'] = 'share-text';
    field.className = 'cm-share-text';
    field.readOnly = true;
    field.rows = 3;
    field.value = text;
    field.setAttribute('aria-label', 'Text to copy');
    this.panel.append(field);
    field.select();
  }

  private say(text: string): void {
    this.status.textContent = text;
  }
}
