/** The map's status line, a live region: what screen readers hear after each change ("5 of 9 elements, 4 connections."). */
export class Announcer {
  constructor(private readonly region: HTMLElement) {}

  say(text: string): void {
    this.region.textContent = text;
  }
}
