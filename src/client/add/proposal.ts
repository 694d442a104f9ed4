import { MAX_PROPOSAL_URL_LENGTH } from '../../core/edit-link.ts';

/** The file as it stands, and where it would go. */
export interface Proposal {
  /** `<content_path>/elements/<slug>.md` */
  path: string;
  text: string;
  /** GitHub's new-file link, when site.yml names a repository. */
  url: string | undefined;
}

/**
 * "Propose on GitHub", "Copy the file" and "Download the file". The page
 * itself sends nothing anywhere: the link opens GitHub only when followed,
 * and a file too long for a link is copied or downloaded instead.
 */
export class ProposalActions {
  private proposal: Proposal = { path: '', text: '', url: undefined };

  constructor(
    private readonly link: HTMLAnchorElement | null,
    copy: HTMLButtonElement,
    download: HTMLButtonElement,
    private readonly status: HTMLElement,
    private readonly tooLong: HTMLElement,
    /** Whether the file has no error left. */
    private readonly ready: () => boolean,
    /** Shows every problem and moves to their summary. */
    private readonly reveal: () => void,
  ) {
    link?.addEventListener('click', (event) => {
      if (!this.ready()) {
        event.preventDefault();
        this.reveal();
      } else if (!this.fits()) {
        event.preventDefault();
        this.tooLong.focus();
      }
    });
    copy.addEventListener('click', () => void this.copy());
    download.addEventListener('click', () => this.download());
  }

  update(proposal: Proposal): void {
    this.proposal = proposal;
    if (!this.link || !proposal.url) return;
    // Followed only when the file is ready and fits (see the click above).
    this.link.href = proposal.url;
    const long = !this.fits();
    this.tooLong.hidden = !long;
    if (long) {
      this.tooLong.textContent = `This file is too long to send to GitHub in a link (GitHub refuses links over about 8 KB). Copy or download it instead; then on GitHub choose "Add file", then "Create new file", name it ${proposal.path} and paste it in. Or send it to an organiser.`;
    }
  }

  private fits(): boolean {
    return this.proposal.url !== undefined && this.proposal.url.length <= MAX_PROPOSAL_URL_LENGTH;
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.proposal.text);
      this.say(`Copied ${this.proposal.path}. ${this.warning()}`);
    } catch {
      this.say('Your browser did not let the page copy: open "Show the file", select the text and copy it, or download the file.');
    }
  }

  private download(): void {
    const url = URL.createObjectURL(new Blob([this.proposal.text], { type: 'text/markdown;charset=utf-8' }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = this.proposal.path.slice(this.proposal.path.lastIndexOf('/') + 1);
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.say(`Downloaded ${anchor.download}. ${this.warning()}`);
  }

  private warning(): string {
    return this.ready() ? '' : 'It still has problems, listed above the form.';
  }

  private say(text: string): void {
    this.status.textContent = text.trim();
  }
}
