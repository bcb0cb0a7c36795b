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

/** The same element on either base: a label it renders, and a log of what its controller heard. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function recording<B extends new (...args: any[]) => Host>(Base: B) {
  return class extends Base {
    static properties = { label: { type: String } };
    declare label: string;
    log: string[] = [];
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    constructor(...args: any[]) {
      super(...args);
      this.label = 'a';
      recorder(this, this.log);
    }
    render() {
      return litHtml`${this.label}`;
    }
    updated(): void {
      this.log.push('element updated');
    }
  };
}
customElements.define('controllers-on-base', recording(ReactiveBase as unknown as new () => Host));
customElements.define('controllers-on-lit', recording(LitElement as unknown as new () => Host));

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
