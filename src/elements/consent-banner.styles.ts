import { css } from './base.js';

/*
 * One palette for both schemes: light-dark() picks by `color-scheme`, which follows the visitor's
 * preference unless theme="light" or theme="dark" forces one.
 */
export const styles = css`
  :host {
    --_accent: var(--consent-accent, light-dark(#1f5fbf, #9cc0ff));
    --_on-accent: var(--consent-accent-text, light-dark(#fff, #0b1b3a));
    --_bg: var(--consent-background, light-dark(#fff, #1c1c21));
    --_fg: var(--consent-text, light-dark(#1b1b1f, #ececf1));
    --_muted: var(--consent-border, light-dark(#6b6b76, #9a9aa6));
    --_radius: var(--consent-radius, 8px);
    color-scheme: light dark;
    font: var(--consent-font, 400 1rem/1.5 system-ui, sans-serif);
    color: var(--_fg);
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
  dialog {
    width: min(40rem, 100% - 1rem);
  }
  .modal {
    width: min(36rem, 100% - 1rem);
  }
  dialog::backdrop {
    background: #0008;
  }
  h2,
  h3,
  p,
  ul {
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
  header,
  .row,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .head,
  header {
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
  .continue,
  .close {
    min-height: 24px;
    border: 0;
    background: none;
  }
  .continue {
    margin-left: auto;
    padding: 0.25rem 0;
    font-size: 0.875em;
    text-decoration: underline;
  }
  .close {
    min-width: 44px;
    min-height: 44px;
    font-size: 1.5rem;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .btn:focus-visible,
  .reopen:focus-visible {
    outline-color: var(--_fg);
  }
  ul {
    padding: 0;
    list-style: none;
  }
  li {
    padding: 0.75rem 0;
    border-top: 1px solid var(--_muted);
  }
  h3 {
    flex: 1 1 10rem;
    overflow-wrap: anywhere;
  }
  .desc {
    margin: 0.25rem 0 0;
    font-size: 0.9375em;
  }
  .gpc {
    font-style: italic;
  }
  [part='state'] {
    padding: 0.125rem 0.5rem;
    border-radius: 1rem;
    background: var(--consent-refused, #b3261e);
    color: #fff;
    font-size: 0.875em;
    font-weight: 600;
  }
  [data-state='granted'] {
    background: var(--consent-granted, #0b6b2f);
  }
  [role='switch'] {
    position: relative;
    width: 3rem;
    height: 1.75rem;
    border: 2px solid var(--_muted);
    border-radius: 1rem;
    background: var(--_bg);
  }
  [role='switch']::after {
    content: '';
    position: absolute;
    inset: 2px auto auto 2px;
    width: 1.25rem;
    height: 1.25rem;
    border-radius: 50%;
    background: var(--_muted);
    transition: transform 0.15s;
  }
  [aria-checked='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
  }
  [aria-checked='true']::after {
    background: var(--_on-accent);
    transform: translateX(1.25rem);
  }
  :disabled {
    opacity: 0.6;
    cursor: not-allowed;
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
  /* Windows high contrast: system colours, so every control keeps a visible edge and state. */
  @media (forced-colors: active) {
    [role='switch']::after {
      background: CanvasText;
    }
    [aria-checked='true'] {
      background: Highlight;
    }
    [aria-checked='true']::after {
      background: HighlightText;
    }
    [part='state'] {
      border: 1px solid;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    ::after {
      transition: none !important;
    }
  }
`;
