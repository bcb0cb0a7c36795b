// The reactive base (src/elements/base.ts) keeps Lit's reactive-controller contract: the same cases
// run on it and on LitElement, and must record the same calls in the same order.
import { LitElement, html as litHtml } from 'lit';
import { describe, expect, it } from 'vitest';
import { ReactiveBase } from '../../src/elements/base.js';

type Host = HTMLElement & { addController(c: object): void; requestUpdate(): void; updateComplete: Promise<unknown> };

function recorder(host: Host, log: string[]) {
  host.addController({
    hostConnected: () => log.push('connected'),
    hostUpdated: () => log.push(`updated (${host.shadowRoot?.textContent?.trim()})`),
    hostDisconnected: () => log.push('disconnected'),
  });
}

class OnBase extends ReactiveBase {
  static override properties = { label: { type: String } };
  declare label: string;
  log: string[] = [];
  constructor() {
    super();
    this.label = 'a';
    recorder(this as unknown as Host, this.log);
  }
  protected override render() {
    return litHtml`${this.label}`;
  }
  protected override updated(): void {
    this.log.push('element updated');
  }
}
customElements.define('controllers-on-base', OnBase);

class OnLit extends LitElement {
  static override properties = { label: { type: String } };
  declare label: string;
  log: string[] = [];
  constructor() {
    super();
    this.label = 'a';
    recorder(this as unknown as Host, this.log);
  }
  protected override render() {
    return litHtml`${this.label}`;
  }
  protected override updated(): void {
    this.log.push('element updated');
  }
}
customElements.define('controllers-on-lit', OnLit);

describe.each(['controllers-on-base', 'controllers-on-lit'])('reactive controllers on <%s>', (tag) => {
  it('hear connection, each update after it is rendered and before updated(), and disconnection', async () => {
    const el = document.createElement(tag) as Host & { label: string; log: string[] };
    document.body.append(el);
    await el.updateComplete;
    el.label = 'b';
    await el.updateComplete;
    el.remove();
    expect(el.log).toEqual([
      'connected',
      'updated (a)',
      'element updated',
      'updated (b)',
      'element updated',
      'disconnected',
    ]);
  });
});
