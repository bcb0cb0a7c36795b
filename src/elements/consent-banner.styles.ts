import { css } from 'lit';

export const styles = css`
  :host {
    --_accent: var(--consent-accent, #1f5fbf);
    --_on-accent: var(--consent-accent-text, #fff);
    --_bg: var(--consent-background, #fff);
    --_fg: var(--consent-text, #1b1b1f);
    --_muted: var(--consent-border, #6b6b76);
    color-scheme: light;
    --_radius: var(--consent-radius, 8px);
    --_granted: var(--consent-granted, #0b6b2f);
    --_refused: var(--consent-refused, #b3261e);
    font: var(--consent-font, 400 1rem/1.5 system-ui, sans-serif);
    color: var(--_fg);
  }
  /* Dark: on the visitor's preference unless theme="light", always with theme="dark". */
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_accent: var(--consent-accent, #9cc0ff);
      --_on-accent: var(--consent-accent-text, #0b1b3a);
      --_bg: var(--consent-background, #1c1c21);
      --_fg: var(--consent-text, #ececf1);
      --_muted: var(--consent-border, #9a9aa6);
      color-scheme: dark;
    }
  }
  :host([theme='dark']) {
    --_accent: var(--consent-accent, #9cc0ff);
    --_on-accent: var(--consent-accent-text, #0b1b3a);
    --_bg: var(--consent-background, #1c1c21);
    --_fg: var(--consent-text, #ececf1);
    --_muted: var(--consent-border, #9a9aa6);
    color-scheme: dark;
  }
  [hidden] {
    display: none !important;
  }
  .banner {
    position: fixed;
    inset: auto 0 0 0;
    z-index: var(--consent-z-index, 2147483000);
    box-sizing: border-box;
    max-height: 100vh;
    overflow: auto;
    padding: 1rem max(1rem, calc((100% - 72rem) / 2));
    background: var(--_bg);
    color: var(--_fg);
    border-top: 1px solid var(--_muted);
    box-shadow: 0 -4px 16px rgb(0 0 0 / 0.15);
  }
  :host([position^='top']) .bar {
    inset: 0 0 auto 0;
    border: 0;
    border-bottom: 1px solid var(--_muted);
  }
  .box {
    inset: auto 1rem 1rem auto;
    width: min(26rem, 50vw);
    max-height: calc(100vh - 2rem);
    padding: 1rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
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
      inset: auto 0.5rem 0.5rem 0.5rem !important;
      width: auto;
    }
  }
  .box .btn {
    flex-basis: 100%;
  }
  .modal {
    position: fixed;
    inset: 0;
    width: min(36rem, 100% - 1rem);
    max-height: calc(100% - 1rem);
    padding: 1.25rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
  }
  .reopen {
    position: fixed;
    bottom: 1rem;
    left: 1rem;
    z-index: var(--consent-z-index, 2147483000);
    display: grid;
    place-items: center;
    width: 44px;
    height: 44px;
    padding: 0;
    border: 2px solid var(--_on-accent);
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.3);
    cursor: pointer;
  }
  :host([reopen='bottom-right']) .reopen {
    left: auto;
    right: 1rem;
  }
  .head {
    display: flex;
    flex-wrap: wrap-reverse;
    align-items: baseline;
    justify-content: space-between;
    gap: 0 1rem;
  }
  .continue {
    min-height: 24px;
    margin-left: auto;
    padding: 0.25rem 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-size: 0.875em;
    text-decoration: underline;
    cursor: pointer;
  }
  .gpc {
    font-style: italic;
  }
  h2 {
    margin: 0 0 0.25rem;
    font-size: 1.125em;
  }
  h3 {
    margin: 0;
    font-size: 1em;
  }
  p {
    margin: 0 0 0.75rem;
  }
  a {
    color: inherit;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
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
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .btn:focus-visible {
    outline-color: var(--_fg);
  }
  dialog {
    box-sizing: border-box;
    width: min(40rem, 100% - 1rem);
    max-height: calc(100% - 1rem);
    padding: clamp(0.75rem, 3vw, 1.25rem);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  header {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 1rem;
  }
  .close {
    min-width: 44px;
    min-height: 44px;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font-size: 1.5rem;
    line-height: 1;
    cursor: pointer;
  }
  ul {
    margin: 0 0 1rem;
    padding: 0;
    list-style: none;
  }
  li {
    padding: 0.75rem 0;
    border-top: 1px solid var(--_muted);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .row h3 {
    flex: 1 1 10rem;
    overflow-wrap: anywhere;
  }
  .desc {
    margin: 0.25rem 0 0;
    font-size: 0.9375em;
  }
  [part='state'] {
    padding: 0.125rem 0.5rem;
    border-radius: 999px;
    color: #fff;
    font-size: 0.875em;
    font-weight: 600;
  }
  [data-state='granted'] {
    background: var(--_granted);
  }
  [data-state='refused'] {
    background: var(--_refused);
  }
  [role='switch'] {
    position: relative;
    flex: none;
    width: 3rem;
    height: 1.75rem;
    padding: 0;
    border: 2px solid var(--_muted);
    border-radius: 999px;
    background: var(--_bg);
    cursor: pointer;
  }
  [role='switch']::after {
    content: '';
    position: absolute;
    top: 2px;
    left: 2px;
    width: 1.25rem;
    height: 1.25rem;
    border-radius: 50%;
    background: var(--_muted);
    transition: transform 0.15s;
  }
  [role='switch'][aria-checked='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
  }
  [role='switch'][aria-checked='true']::after {
    background: var(--_on-accent);
    transform: translateX(1.25rem);
  }
  [role='switch']:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  /* Windows high contrast: system colours, so every control keeps a visible edge and state. */
  @media (forced-colors: active) {
    [role='switch']::after {
      background: CanvasText;
    }
    [role='switch'][aria-checked='true'] {
      background: Highlight;
    }
    [role='switch'][aria-checked='true']::after {
      background: HighlightText;
    }
    [part='state'] {
      border: 1px solid CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    ::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;
