import { css } from './base.js';
import { theme } from './shared.styles.js';

/** The banner's own rules: the first layer's layouts and the dialogs (the reopen button's are in ./after-paint.ts). */
export const styles = [
  theme,
  css`
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
    .banner {
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
    h2 {
      font-size: 1.125em;
    }
    .head {
      display: flex;
      flex-wrap: wrap-reverse;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
    }
    .modal {
      width: min(36rem, 100% - 1rem);
    }
    dialog::backdrop {
      background: #0008;
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
  `,
];
