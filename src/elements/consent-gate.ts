import { html, nothing } from 'lit/html.js';
import { DEFAULT_KEY } from '../core/store.js';
import { text } from '../core/text.js';
import { GATING_MISSING, loadGating } from '../gating/load.js';
import { resolveLang, type Messages } from '../i18n/index.js';
import { ReactiveBase, css } from './base.js';
import { define } from './define.js';
import { languageTexts } from './language.js';
import { loadGateView } from './on-demand.js';
import { theme } from './shared.styles.js';
import { StoreController } from './store-controller.js';

/** The placeholder, once its module has arrived (./gate-view.ts). */
let view: typeof import('./gate-view.js') | undefined;

/**
 * Holds back content until its purpose — or its partner — is granted. The content sits in a child
 * `<template>`, so nothing in it loads or runs before; until then a placeholder, in the banner's
 * language, names the purpose (and, with `service`, the partner and its privacy policy), says what
 * is blocked, and offers to allow just that or to open the preferences. On grant the template's
 * content is put in its place, once; its scripts run once, in order.
 *
 * @summary A placeholder that stands in for an embed or widget until its purpose or partner is granted.
 * @tag consent-gate
 *
 * @slot - A `<template>` with the real content (an iframe, a comments widget and its script).
 *
 * @csspart placeholder - What shows while the purpose is refused.
 * @csspart allow-button - Grants just the gate's partner, or its purpose(s); shown, like the next, only while a banner with the gate's storage key lists them.
 * @csspart settings-button - Opens the banner's preferences.
 *
 * @cssprop [--consent-accent=#1f5fbf] - Colour of the buttons (they look like the banner's).
 * @cssprop [--consent-accent-text=#fff] - Text on the accent colour.
 * @cssprop [--consent-background=Canvas] - Background of the placeholder.
 * @cssprop [--consent-text=CanvasText] - Text colour.
 * @cssprop [--consent-border=#6b6b76] - The placeholder's border.
 * @cssprop [--consent-font=400 1rem/1.5 system-ui, sans-serif] - Font shorthand.
 * @cssprop [--consent-radius=8px] - Corner radius.
 */
export class ConsentGate extends ReactiveBase {
  // The palette and buttons the banner has (one shared sheet); the placeholder's box comes with it.
  static override styles = [
    theme,
    css`
      :host {
        display: block;
      }
    `,
  ];

  static override properties = {
    category: { type: String },
    service: { type: String },
    storageKey: { type: String, attribute: 'storage-key' },
  };

  /** The purpose(s) the content needs: space-separated ids, all required. */
  declare category: string;
  /** The partner (`<consent-service name>`) the content needs; its allow button grants that partner only. */
  declare service: string;
  /** The localStorage key of the stored choice, as on the `<consent-banner>`. */
  declare storageKey: string;

  #controller = new StoreController(this);
  #texts = languageTexts(
    () => this.requestUpdate(),
    (message) => this.#controller.store.warn(message),
  );

  constructor() {
    super();
    this.category = this.service = '';
    this.storageKey = DEFAULT_KEY;
  }

  /** What the content needs: the partner and the purposes, space-separated, all required. */
  get needs(): string {
    return text(`${text(this.category)} ${text(this.service)}`);
  }

  protected override render() {
    const store = this.#controller.store;
    const granted = this.#granted();
    if (granted) return html`<slot></slot>`;
    // The banner of this gate's storage key (a page may run two, e.g. per sub-site), met through
    // their store wherever each sits (the document, a shadow root): its language and its labels.
    const strings = this.#texts(store.banner ? store.config.lang : resolveLang(this));
    // Like the banner, show nothing rather than flash another language while the texts, or the
    // placeholder itself, load. (Only a missing view is fetched: asking again for one that is here
    // would render again at once, a microtask loop that starves the language module's fetch.)
    if (!view)
      loadGateView().then(
        (module) => {
          view = module;
          this.requestUpdate();
        },
        () => store.warn('gate-view.js did not load (network?); the content stays blocked'),
      );
    if (!strings || !view) return nothing;
    const [t, lang] = strings;
    return view.placeholder(this.renderRoot, {
      html,
      nothing,
      t: t as Messages,
      lang,
      store,
      service: text(this.service),
      purposes: text(this.category).split(/\s+/),
      known: granted === false,
    });
  }

  /**
   * Whether the store grants everything the gate needs now (not as of the last render); undefined
   * while it does not know one of them: no banner with the gate's storage key configures it (yet).
   */
  #granted = () => this.#controller.store.allows(this.needs, '');

  /**
   * On grant, puts the template's content in its place (so it happens once) and runs its scripts in
   * order, once the gating has arrived and if the purpose is still granted then and the gate in the
   * page: a withdrawal made while it loads, even while a framework had the gate out of the page,
   * must not run them; a gate put back renders again, and a failed load is retried at that render.
   * At a later grant, runs the scripts that a withdrawal stopped while they waited for their turn.
   * While no banner configures its purpose, has the gating tell the site owner, once the page has loaded.
   */
  protected override updated(): void {
    if (this.#granted() !== false)
      loadGating().then(
        ({ stamp }) => stamp(this, this.#controller.store),
        () => this.#controller.store.warn(GATING_MISSING),
      );
  }
}

define('consent-gate', ConsentGate);

declare global {
  interface HTMLElementTagNameMap {
    'consent-gate': ConsentGate;
  }
}
