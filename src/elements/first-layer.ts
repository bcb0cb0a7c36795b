/*
 * The banner's views that a first visit shows: the first layer and the choice buttons (shared with
 * the preferences dialog). The reopen button is in ./after-paint.ts. Plain functions of what they show; the banner
 * (./consent-banner.ts) decides when. The preferences dialog's view is ./consent-preferences.ts.
 */
import { html, nothing } from 'lit/html.js';
import type { Messages } from '../i18n/index.js';
import type { FirstLayer } from '../i18n/messages.js';

/** The strings a banner shows: the first layer's, whole once the preferences module has brought the dialog's own. */
export type BannerStrings = FirstLayer & Partial<Omit<Messages, 'categories'>>;

/** What the first layer's buttons do, handed over by the banner. */
export interface Choices {
  acceptAll(): void;
  refuseAll(): void;
  /** "Continue without accepting": records the same as refusing all, as `continue`. */
  continueWithout(): void;
  /** Opens the preferences (the first layer's third choice). */
  customise(): void;
  /** Opens the preferences on the list of partners. */
  partners(): void;
  /** Saves the switches' positions (the dialog's third choice). */
  save(): void;
  /** Fetches the preferences ahead: a pointer over, or focus on, a button that opens them (a touch enters before it presses). */
  warm(): void;
}

/** The privacy-policy link, or nothing without a safe URL. */
export const privacyLink = (href: string | undefined, label: string) =>
  href ? html`<a href=${href}>${label}</a>` : nothing;

/** Accept, refuse and a third choice of equal weight: "customise" on the first layer, "save" in the dialog. */
export function choiceButtons(t: BannerStrings, on: Choices, inDialog: boolean) {
  return html`<div class="actions">
    <button class="btn" part="accept-button" @click=${on.acceptAll}>${t.acceptAll}</button>
    <button class="btn" part="refuse-button" @click=${on.refuseAll}>${t.refuseAll}</button>
    ${
      inDialog
        ? html`<button class="btn" part="save-button" @click=${on.save}>${t.save}</button>`
        : html`<button
            class="btn"
            part="settings-button"
            @click=${on.customise}
            @pointerenter=${on.warm}
            @focus=${on.warm}
          >
            ${t.settings}
          </button>`
    }
  </div>`;
}

/**
 * The first layer's content: its heading (focused first in a modal: no choice is pre-selected for
 * the visitor), "continue without accepting", what is asked (`intro`, which names the controller
 * and every purpose, CNIL FR-7/FR-8) with the privacy link and, with partners, the button that opens
 * their list (FR-8, EU-5), the social networks note, and the choices.
 */
export function firstLayer(
  t: BannerStrings,
  on: Choices,
  link: unknown,
  modal: boolean,
  intro: string,
  social: boolean,
  partners: number,
) {
  return html`<div class="head">
      <h2 id="title" tabindex="-1" ?autofocus=${modal}>${t.title}</h2>
      <button class="continue" part="continue-button" @click=${on.continueWithout}>${t.continueWithout}</button>
    </div>
    <p>
      ${intro} ${link}
      ${
        partners
          ? html`<button class="continue" part="partners-button" @click=${on.partners}>
              ${t.partners.replace('{count}', partners as never)}
            </button>`
          : nothing
      }
    </p>
    ${social ? html`<p>${t.socialNote}</p>` : nothing} ${choiceButtons(t, on, false)}`;
}
