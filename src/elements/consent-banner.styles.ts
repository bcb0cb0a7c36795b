import { css } from './base.js';

/*
 * One palette for both schemes, picked by `color-scheme`, which follows the visitor's preference
 * unless theme="light" or theme="dark" forces one: the browser's own page colours (Canvas,
 * CanvasText) for background and text, light-dark() for the rest. A browser without light-dark()
 * (Safari < 17.5, Chrome < 123, Firefox < 120) would find those invalid and leave the buttons
 * without colour: @supports gives it the light ones.
 */
export const styles = css`
  :host {
    --_accent: var(--consent-accent, light-dark(#1f5fbf, #9cc0ff));
    --_on-accent: var(--consent-accent-text, light-dark(#fff, #0b1b3a));
    --_bg: var(--consent-background, Canvas);
    --_fg: var(--consent-text, CanvasText);
    --_muted: var(--consent-border, light-dark(#6b6b76, #9a9aa6));
    --_radius: var(--consent-radius, 8px);
    color-scheme: light dark;
    font: var(--consent-font, 400 1rem/1.5 system-ui, sans-serif);
    color: var(--_fg);
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
  .banner,
  dialog {
    box-sizing: border-box;
    max-height: calc(100% - 1rem);
    overflow: auto;
    padding: clamp(0.75rem, 3vw, 1.25rem);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    box-shadow: 0 2px 16px #0004;
  }
  .banner,
  .reopen {
    position: fixed;
    z-index: var(--consent-z-index, 2147480000);
  }
  .bar {
    inset: auto 0 0;
    max-height: 100%;
    padding-inline: max(1rem, 50% - 36rem);
    border-width: 1px 0 0;
    border-radius: 0;
  }
  :host([position^='top']) .bar {
    inset: 0 0 auto;
    border-width: 0 0 1px;
  }
  .box {
    inset: auto 1rem 1rem auto;
    width: min(26rem, 50vw);
  }
  :host([position$='left']) .box {
    inset: auto auto 1rem 1rem;
  }
  :host([position='top-left']) .box {
    inset: 1rem auto auto 1rem;
  }
  :host([position='top-right']) .box {
    inset: 1rem 1rem auto auto;
  }
  @media (max-width: 40rem) {
    .box {
      inset: auto 0.5rem 0.5rem !important;
      width: auto;
    }
  }
  .modal {
    width: min(36rem, 100% - 1rem);
  }
  dialog::backdrop {
    background: #0008;
  }
  h2,
  p {
    margin: 0 0 0.5rem;
    font-size: 1em;
  }
  h2 {
    font-size: 1.125em;
  }
  a {
    color: inherit;
  }
  .head,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .head {
    flex-wrap: wrap-reverse;
    justify-content: space-between;
  }
  .actions {
    align-items: stretch;
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
  .box .btn {
    flex-basis: 100%;
  }
  .continue {
    min-height: 24px;
    border: 0;
    background: none;
    margin-left: auto;
    padding: 0.25rem 0;
    font-size: 0.875em;
    text-decoration: underline;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .btn:focus-visible,
  .reopen:focus-visible {
    outline-color: var(--_fg);
  }
  .reopen {
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
  :host([reopen='bottom-right']) .reopen {
    inset: auto 1rem 1rem auto;
  }
`;
