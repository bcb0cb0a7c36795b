/*
 * What a banner needs only after its first paint, split off the bundle: the small floating button
 * that reopens the preferences after a decision (and its style), the scroll padding that keeps
 * the focused element out from under a bar or box (./scroll-padding.ts), and the way to the
 * set-up check of the `lint` attribute. A banner imports it when
 * a decision counts at start-up (a returning visitor), and while the first layer shows, when the
 * browser is idle: it is here when the visitor tabs or decides (focus moves to the button then).
 * Like the other lazy chunks it imports nothing from the bundle at run time: Lit's `html` comes
 * from the banner.
 */
import type { html as litHtml, TemplateResult } from 'lit/html.js';
import { scrollPadding } from './scroll-padding.js';

/** The set-up check of the `lint` attribute (../lint.ts), once the first layer has rendered. */
export const lint = (banner: Parameters<typeof import('../lint.js').lint>[0], warn: (message: string) => void) =>
  import('../lint.js').then(
    (module) => module.lint(banner, warn),
    () => warn('lint.js did not load (network?)'),
  );

const reservations = new WeakMap<object, ReturnType<typeof scrollPadding>>();

/** Room in the page for `banner` (a bar or box shown by `host`) at the top or the bottom, or none for `undefined`. */
export function reserve(host: object, banner: HTMLElement | undefined, top?: boolean): void {
  let padding = reservations.get(host);
  if (!padding) reservations.set(host, (padding = scrollPadding()));
  padding(banner, top);
}

let sheet: CSSStyleSheet | undefined;

/**
 * The button, in `root` (the banner's shadow root, which adopts its style sheet): named "Cookie
 * settings" (in the banner's language), it opens the preferences; a pointer over it or focus
 * fetches them ahead.
 */
export function reopenButton(
  root: ShadowRoot,
  html: typeof litHtml,
  name: string,
  on: { customise(): void; warm(): void },
): TemplateResult {
  if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(styles);
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const { customise: open, warm } = on;
  return html`<button
    class="reopen"
    part="reopen-button"
    aria-label=${name}
    title=${name}
    @click=${open}
    @pointerenter=${warm}
    @focus=${warm}
  >
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
      <path
        fill="currentColor"
        d="M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5Zm-4 9a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm6 4a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm-5-9a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Z"
      />
    </svg>
  </button>`;
}

/** Adopted by the banner's shadow root at the button's first render. */
const styles = `
.reopen {
  position: fixed;
  z-index: var(--consent-z-index, 2147480000);
  inset: auto auto 1rem 1rem;
  display: grid;
  place-items: center;
  width: 44px;
  height: 44px;
  border: 2px solid var(--_on-accent);
  border-radius: 50%;
  background: var(--_accent);
  color: var(--_on-accent);
}
.reopen:focus-visible {
  outline-color: var(--_fg);
}
:host([reopen='bottom-right']) .reopen {
  inset: auto 1rem 1rem auto;
}`;
