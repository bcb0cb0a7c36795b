import { css } from './base.js';

/*
 * What the banner and the gate share: the palette, the font, and the choice buttons (the gate's
 * look like the banner's). One palette for both schemes, picked by `color-scheme`, which follows the visitor's preference
 * unless theme="light" or theme="dark" forces one: the browser's own page colours (Canvas,
 * CanvasText) for background and text, light-dark() for the rest. A browser without light-dark()
 * (Safari < 17.5, Chrome < 123, Firefox < 120) would find those invalid and leave the buttons
 * without colour: @supports gives it the light ones.
 */
export const theme = css`
  :host {
    --_accent: var(--consent-accent, light-dark(#1f5fbf, #9cc0ff));
    --_on-accent: var(--consent-accent-text, light-dark(#fff, #0b1b3a));
    --_bg: var(--consent-background, Canvas);
    --_fg: var(--consent-text, CanvasText);
    --_muted: var(--consent-border, light-dark(#6b6b76, #9a9aa6));
    --_radius: var(--consent-radius, 8px);
    color-scheme: light dark;
  }
  /* On what the element renders, not on the element: content a <consent-gate> stamps (its slot's)
     keeps the page's font and colour, and the page's text-align does not centre the banner. */
  :host > :not(slot) {
    font: var(--consent-font, 400 1rem/1.5 system-ui, sans-serif);
    color: var(--_fg);
    text-align: start;
  }
  @supports not (color: light-dark(red, red)) {
    :host {
      --_accent: var(--consent-accent, #1f5fbf);
      --_on-accent: var(--consent-accent-text, #fff);
      --_muted: var(--consent-border, #6b6b76);
    }
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  [hidden] {
    display: none !important;
  }
  /* Read by screen readers, clipped to nothing on screen; fixed, so that it takes no room. */
  .sr {
    position: fixed;
    clip-path: inset(50%);
  }
  h2,
  p {
    margin: 0 0 0.5rem;
    font-size: 1em;
  }
  a {
    color: inherit;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  /* Every choice looks the same: refusing is exactly as easy and as visible as accepting. */
  .btn {
    flex: 1 1 12rem;
    min-height: 44px;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .btn:focus-visible {
    outline-color: var(--_fg);
  }
`;
