import { html, nothing } from 'lit/html.js';
import { DEFAULTS, DEFAULT_KEY } from '../core/store.js';
import { type Categories, type ConsentChange, type ConsentState } from '../core/types.js';
import { createWarn } from '../core/warn.js';
import { gatePage, holdGating, loadGating } from '../gating/load.js';
import type { ConsentChangeDetail, ConsentReadyDetail } from '../events.js';
import { resolveLang, type Messages } from '../i18n/index.js';
import { consentMode } from '../integrations/consent-mode.js';
import { loadLog, logDecisions } from '../integrations/proof.js';
import { integer, safeUrl } from './attributes.js';
import { ReactiveBase, type PropertyValues } from './base.js';
import { storeSetup } from './banner-setup.js';
import { styles } from './consent-banner.styles.js';
import { define } from './define.js';
import { choiceButtons, firstLayer, privacyLink, type BannerStrings, type Choices } from './first-layer.js';
import { languageTexts, purposeLabels } from './language.js';
import { loadAfterPaint, whenIdle } from './on-demand.js';
import { PreferencesDialog } from './preferences-dialog.js';
import { StoreController } from './store-controller.js';

const warn = createWarn();

/**
 * The site's `messages` (or its `categories`, with `[label, description]` pairs), text only: a value
 * of another type (a number, `null`, an object) is said once and left out, and the built-in text stays.
 */
const texts = (own: object | undefined, pairs?: boolean): object =>
  Object.fromEntries(
    Object.entries(Object(own)).filter(
      ([key, value]) =>
        (pairs ? Array.isArray(value) && value.every((s) => typeof s === 'string') : typeof value === 'string') ||
        (!pairs && key === 'categories') ||
        void warn(`messages: ${key} is not text; ignored`),
    ),
  );

/** The reopen button and the scroll padding, once their module has arrived (./after-paint.ts). */
let later: typeof import('./after-paint.js') | undefined;

/**
 * The consent banner: asks once, remembers the visitor's choice, and lets them change it at any
 * time. Accepting, refusing and customising are three buttons of equal weight.
 *
 * @summary A fair, accessible cookie-consent banner with per-purpose preferences.
 * @tag consent-banner
 *
 * @attr cookie - Also mirrors every decision in a host-only first-party cookie named after `storage-key`, for the site's server (`consent-banner/server`).
 * @attr cookie-domain - Also mirrors every decision in a first-party cookie with this `Domain` (`example.fr`): the site's sub-domains share the choice, and one that has none reads it there.
 *
 * @slot - `<consent-category>` children that give or override a category's label and description.
 *
 * @fires consent-ready - Once per connection, after the stored choice (and the mirror cookie) is read. `detail: { categories, services?, decided, gpc? }`.
 * @fires consent-change - After every decision and every other change of consent. `detail: { categories, services?, changed, action, decided, id, date, gpc? }`.
 * @fires consent-record - After every decision (and reset), once the proof of consent is ready: `detail` is the exact body `log-url` receives.
 *
 * @csspart banner - The first layer.
 * @csspart continue-button - "Continue without accepting" on the first layer: records the same as "Reject all".
 * @csspart accept-button - "Accept all", on the first layer and in the preferences.
 * @csspart refuse-button - "Reject all", on the first layer and in the preferences.
 * @csspart settings-button - Opens the preferences from the first layer.
 * @csspart partners-button - "See our partners (N)" on the first layer, with `<consent-service>` partners: opens the preferences on their list.
 * @csspart dialog - The preferences dialog.
 * @csspart save-button - Saves the switches' positions.
 * @csspart close-button - Closes the preferences without saving.
 * @csspart category - One purpose in the preferences.
 * @csspart state - The colour band with the state in words; `data-state="granted|refused|partial|unset"` (partial: some of the purpose's partners granted; unset: before a first decision).
 * @csspart switch - One purpose's or partner's switch.
 * @csspart service - One partner (`<consent-service>`) in the preferences, under its purpose.
 * @csspart reopen-button - The small floating button that reopens the preferences after a decision.
 *
 * @cssprop [--consent-accent=#1f5fbf] - Colour of every choice button alike, and of switches that are on.
 * @cssprop [--consent-accent-text=#fff] - Text on the accent colour.
 * @cssprop [--consent-background=Canvas] - Background of the banner and dialog.
 * @cssprop [--consent-text=CanvasText] - Text colour.
 * @cssprop [--consent-border=#6b6b76] - Borders, separators and switches that are off.
 * @cssprop [--consent-granted=#0b6b2f] - The band of a granted purpose.
 * @cssprop [--consent-refused=#b3261e] - The band of a refused purpose.
 * @cssprop [--consent-partial=#7a4d00] - The band of a purpose whose partners are partly allowed.
 * @cssprop [--consent-unset=#5c5c66] - The band of a purpose before a first decision ("not decided").
 * @cssprop [--consent-font=400 1rem/1.5 system-ui, sans-serif] - Font shorthand.
 * @cssprop [--consent-radius=8px] - Corner radius.
 * @cssprop [--consent-z-index=2147480000] - Stacking order of the banner.
 */
export class ConsentBanner extends ReactiveBase {
  static override styles = styles;

  static override properties = {
    categories: { type: String },
    lang: { type: String },
    privacyUrl: { type: String, attribute: 'privacy-url' },
    controller: { type: String },
    revision: { converter: integer('revision', DEFAULTS.revision, warn) },
    storageKey: { type: String, attribute: 'storage-key' },
    expiresDays: { attribute: 'expires-days', converter: integer('expires-days', DEFAULTS.expiresDays, warn, 1, 395) },
    refusalExpiresDays: {
      attribute: 'refusal-expires-days',
      converter: integer('refusal-expires-days', DEFAULTS.refusalExpiresDays, warn, 1, 395),
    },
    googleConsentMode: { type: Boolean, attribute: 'google-consent-mode' },
    logUrl: { type: String, attribute: 'log-url' },
    ignoreGpc: { type: Boolean, attribute: 'ignore-gpc' },
    layout: { type: String, reflect: true },
    position: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    reopen: { type: String, reflect: true },
    messages: { attribute: false },
    reloadOnRevoke: { type: Boolean, attribute: 'reload-on-revoke' },
    lint: { type: Boolean },
    _shown: { state: true },
    _dismissed: { state: true },
    _said: { state: true },
  };

  /** The optional purposes: space- or comma-separated ids, in display order. */
  declare categories: string;
  /** The language shown (`fr`, `en`); by default inherited from the page, then the browser's. */
  declare lang: string;
  /** Link to the privacy policy (http, https, mailto or relative). */
  declare privacyUrl: string | undefined;
  /** The site's publisher, the data controller: the first layer names it ("… and its partners"). */
  declare controller: string | undefined;
  /** A stored choice made under a lower revision no longer counts. */
  declare revision: number;
  /** The localStorage key of the stored choice. */
  declare storageKey: string;
  /** Days a choice that granted anything lasts. */
  declare expiresDays: number;
  /** Days a refusal of every optional purpose lasts. */
  declare refusalExpiresDays: number;
  /** Tells Google Consent Mode v2 (through `window.dataLayer`) the default and every change. */
  declare googleConsentMode: boolean;
  /** Endpoint that receives every decision as JSON, as proof of consent. */
  declare logUrl: string | undefined;
  /** Ignore the browser's Global Privacy Control signal. */
  declare ignoreGpc: boolean;
  /** `bar` (full width, default), `box` (a card in a corner) or `modal` (centred; the page behind is inert). */
  declare layout: 'bar' | 'box' | 'modal';
  /** Where the first layer sits: `bottom` (default) or `top` for a bar; `bottom-right` (default), `bottom-left`, `top-right` or `top-left` for a box. */
  declare position: string | undefined;
  /** `auto` (default: follows the visitor's light or dark preference), `light` or `dark`. */
  declare theme: 'auto' | 'light' | 'dark';
  /** Where the floating reopen button sits after a decision: `bottom-left` (default), `bottom-right`, or `none` to hide it (use a `data-consent-open` link instead). */
  declare reopen: string;
  /** Overrides any built-in string of the current language; `categories` entries are `[label, description]`. */
  declare messages: (Partial<Omit<Messages, 'categories'>> & { categories?: Messages['categories'] }) | undefined;
  /** Reloads the page after a withdrawal, so that nothing of a revoked purpose keeps running. */
  declare reloadOnRevoke: boolean;
  /**
   * While setting up: checks the page and the banner once, when the browser is idle, and warns in
   * the console about what would make it unfair, inaccessible or leaky (src/lint.ts).
   */
  declare lint: boolean;
  /** The first layer shows although a decision counts (showBanner). */
  declare private _shown: boolean;
  /** The modal first layer was closed by the browser without a decision (Chrome lets a second Escape through). */
  declare private _dismissed: boolean;
  /** The status region says that the choice was stored (set a render after each decision). */
  declare private _said: boolean;

  #controller = new StoreController(this, (change) => this.#onChange(change));
  #texts = languageTexts(() => this.#configure(true), warn);
  #children = new MutationObserver(() => this.#configure(true));
  /** The store's set-up as last told (its JSON), so that only a real change re-reads storage. */
  #configured = '';
  #attached?: object;
  #detach?: () => void;
  /** Ends what the banner wired to its store at connection (Google Consent Mode, the proof of consent). */
  #stops: (() => void)[] = [];
  /** Focus was in the first layer at a decision: it moves to the reopen button. */
  #refocus = false;
  /** The reading of the cookie mirror at connection, while it goes on: nothing shows until it is done. */
  #waiting?: Promise<void>;
  #linted = false;

  #prefs = new PreferencesDialog(this, () => this.#store);
  /** What the buttons do. */
  #on: Choices = {
    acceptAll: () => this.acceptAll(),
    refuseAll: () => this.refuseAll(),
    continueWithout: () => this.#store.refuseAll('continue'),
    customise: () => void this.showPreferences(),
    partners: () => void this.#prefs.show(undefined, 'partners'),
    save: () => this.#store.decide(this.#prefs.draft, 'save'),
    warm: this.#prefs.warm,
  };

  constructor() {
    super();
    this.categories = '';
    this.revision = DEFAULTS.revision;
    this.storageKey = DEFAULT_KEY;
    this.expiresDays = DEFAULTS.expiresDays;
    this.refusalExpiresDays = DEFAULTS.refusalExpiresDays;
    this.googleConsentMode = false;
    this.ignoreGpc = false;
    this.layout = 'bar';
    this.theme = 'auto';
    this.reopen = 'bottom-left';
    this.reloadOnRevoke = false;
    this._shown = this._dismissed = this._said = false;
  }

  get #store() {
    return this.#controller.store;
  }

  /** A snapshot of the consent state: `{ categories, decided }`. */
  get consent(): ConsentState {
    return this.#store.state;
  }

  /**
   * Grants every purpose and stores the choice — except `advertising` while the browser sends
   * Global Privacy Control (an opt-out of sale and sharing); the visitor can still switch it on.
   */
  acceptAll(): void {
    this.#store.acceptAll();
  }

  /** Refuses every optional purpose and stores the choice. */
  refuseAll(): void {
    this.#store.refuseAll();
  }

  /** Merges `{ id: boolean }` into the current choice and stores it; counts as a decision. */
  setConsent(partial: Partial<Categories>): void {
    this.#store.setConsent(partial);
  }

  /** Whether a purpose is granted now. */
  hasConsent(id: string): boolean {
    return this.#store.has(id);
  }

  /** Resolves at once if the purpose is granted, otherwise as soon as it is. */
  whenGranted(id: string): Promise<void> {
    return this.#store.whenGranted(id);
  }

  /** Shows the first layer again, even after a decision. */
  showBanner(): void {
    this._shown = true;
  }

  /** Opens the preferences dialog; focus returns to `opener` (by default, what has focus now) on close. */
  async showPreferences(opener?: HTMLElement | null): Promise<void> {
    await this.#prefs.show(opener);
    await this.updateComplete;
  }

  /** Forgets the stored choice: nothing optional is granted and the banner asks again. */
  reset(): void {
    this.#store.reset();
  }

  override connectedCallback(): void {
    const store = this.#store;
    this.#stops = [
      this.googleConsentMode ? consentMode(store, warn) : () => {},
      logDecisions(
        store,
        () => this.logUrl,
        () => this.#strings(),
        (body) => this.#emit('consent-record', body),
        warn,
      ),
    ];
    // Read afresh at each connection (a framework may have moved the banner): the store tells every
    // phase the restored state, Google Consent Mode first.
    this.#configured = '';
    this.#configure();
    // Before anything shows, runs or is said (../integrations/consent-log.ts, prepare): a choice made
    // on another sub-domain (the mirror cookie of `cookie` and `cookie-domain`) applies, and Global
    // Privacy Control withdraws a restored grant of advertising (and of purposes marked gpc). The
    // bundle never touches document.cookie (it throws in a sandboxed frame): the module does.
    const { cookie, cookieDomain } = store.config;
    const read =
      // (GPC: only when something is granted, else a first visit's banner would wait for nothing)
      ((store.gpc && store.grantsOptional) || cookie || cookieDomain != null) &&
      loadLog().then(
        ({ prepare }) => prepare(store, warn),
        () => warn('consent-log.js did not load (network?)'),
      );
    if (read) holdGating(store, (this.#waiting = read));
    // The page is gated on this banner's store, for the rest of its life: what a decision unblocks
    // runs even if a consent-change listener removes this banner.
    gatePage(store);
    super.connectedCallback();
    this.#children.observe(this, { childList: true, subtree: true, attributes: true, characterData: true });
    void Promise.resolve(read).then(() => {
      this.#waiting = undefined;
      this.requestUpdate();
      if (!this.isConnected) return;
      this.#emit<ConsentReadyDetail>('consent-ready', this.#detail(this.#store.state));
    });
  }

  override disconnectedCallback(): void {
    this.#detach?.();
    this.#attached = this.#detach = undefined;
    super.disconnectedCallback();
    this.#children.disconnect();
    later?.reserve(this, undefined);
    for (const stop of this.#stops.splice(0)) stop();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this.hasUpdated && changed.size) this.#configure();
  }

  /** Tells the store the set-up (./banner-setup.ts); re-reads storage only when something that matters changed. */
  #configure(texts = false): void {
    const config = storeSetup(this, warn, () => this.#configure(true));
    const store = this.#store;
    // The gates of this storage key find this banner through its store (in the page or in a shadow root).
    if (this.#attached !== store && this.isConnected) {
      this.#detach?.();
      this.#detach = (this.#attached = store).attach(this);
    }
    const signature = JSON.stringify([this.storageKey, config]);
    if (signature !== this.#configured) {
      this.#configured = signature;
      store.configure(config);
    } else if (texts) {
      this.requestUpdate();
    }
  }

  /** An event detail: the state, with `gpc: true` while the signal is honoured. */
  #detail<T extends object>(detail: T): T {
    return this.#store.gpc ? { ...detail, gpc: true } : detail;
  }

  /**
   * Every change, after Google's tags have learnt it, the gating has run what it unblocks and the
   * proof of consent has gone (earlier phases of the store): the view, then the event.
   */
  #onChange(change: ConsentChange): void {
    const { action, decided } = change;
    this.#refocus = !!this.renderRoot.querySelector('.banner')?.contains(this.renderRoot.activeElement);
    this._shown = this._dismissed = this._said = false;
    this.#prefs.close();
    // Screen readers hear that the choice is stored (WCAG 4.1.3): the status region, there from the
    // start and outside the first layer and the dialogs (a modal makes the rest inert), is emptied by
    // this render and gets the words 100 ms later (as Angular CDK's LiveAnnouncer does): after focus
    // has moved (the dialog's close event comes a task later, and a focus move cuts speech short),
    // and with the region seen empty in between, since Chrome fires no live region event for the
    // same text written back within a tick.
    if (decided && action !== 'sync') setTimeout(() => (this._said = true), 100);
    const { id, date } = this.#store.record ?? {};
    this.#emit<ConsentChangeDetail>('consent-change', this.#detail({ ...change, id, date }));
  }

  #emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** The strings to show and their language, with the site's overrides; undefined while the language loads. */
  #strings(): [BannerStrings, string] | undefined {
    const loaded = this.#texts(resolveLang(this));
    if (!loaded) return;
    const [base, lang] = loaded;
    const own = this.messages;
    return [
      own ? { ...base, ...texts(own), categories: { ...base.categories, ...texts(own.categories, true) } } : base,
      lang,
    ];
  }

  /** Whether the first layer shows: until a decision, or when asked with showBanner(). */
  get #shownNow(): boolean {
    return (!this.#store.state.decided && !this._dismissed) || this._shown;
  }

  protected override render() {
    const strings = this.#strings();
    if (!strings || this.#waiting) return nothing;
    const [t, lang] = strings;
    const { decided } = this.#store.state;
    const shown = this.#shownNow;
    const layout = ['box', 'modal'].includes(this.layout) ? this.layout : 'bar';
    const link = privacyLink(safeUrl(this.privacyUrl, warn), t.privacy);
    const { ids, texts, services, controller, exempt } = this.#store.config;
    // Functions, so that a `$` in a site's text is just a `$`.
    const intro = (controller ? t.introController.replace('{controller}', () => controller) : t.intro).replace(
      '{purposes}',
      () => purposeLabels(ids, texts, t, exempt),
    );
    const first = firstLayer(
      t,
      this.#on,
      link,
      layout === 'modal',
      intro,
      ids.includes('social'),
      Object.keys(services).length,
    );
    return html`<div lang=${lang}>
      <div role="status" class="sr">${this._said ? t.saved : nothing}</div>
      ${
        layout === 'modal'
          ? html`<dialog
              part="banner"
              class="banner modal"
              aria-labelledby="title"
              aria-modal="true"
              @cancel=${(e: Event) => e.preventDefault()}
              @close=${() => (this._dismissed = !this.#store.state.decided)}
            >
              ${shown ? first : nothing}
            </dialog>`
          : html`<section part="banner" class="banner ${layout}" aria-labelledby="title" ?hidden=${!shown}>
              ${first}
            </section>`
      }
      ${(decided || this._dismissed) && !shown && this.reopen !== 'none' ? this.#reopenButton(t.reopen) : nothing}
      <dialog
        id="prefs"
        part="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="prefs-title"
        @close=${this.#prefs.closed}
      >
        ${
          // The module that renders the dialog brings French and English strings of its own.
          this.#prefs.content(t, lang, link, (whole) => choiceButtons(whole, this.#on, true))
        }
      </dialog>
    </div>`;
  }

  /** The reopen button (./after-paint.ts), once its module is here; until then nothing, and it is fetched. */
  #reopenButton(name: string) {
    if (later) return later.reopenButton(this.renderRoot, html, name, this.#on);
    this.#fetchLater();
    return nothing;
  }

  #fetchLater = () =>
    loadAfterPaint().then(
      (module) => {
        later = module;
        this.requestUpdate();
      },
      () => warn('after-paint.js did not load (network?)'),
    );

  protected override updated(): void {
    const banner = this.renderRoot.querySelector<HTMLElement>('.banner');
    // A banner removed from the page may still render (a timer, a shared store): it must neither
    // open a modal nor reserve space in the page it left.
    const shown = !!banner && this.#shownNow && this.isConnected;
    if (banner instanceof HTMLDialogElement) {
      if (shown && !banner.open) banner.showModal();
      if (!shown && banner.open) banner.close();
    }
    const bar = banner && shown && !(banner instanceof HTMLDialogElement) ? banner : undefined;
    later?.reserve(this, bar, this.position?.startsWith('top'));
    // A visitor looking at the first layer is about to choose, and most grant something: the gating
    // that runs what they unblock comes while the browser is idle, so that a click finds it here.
    // Both imports are made once (a failed one is tried again at the next render). The set-up
    // check (`lint`) comes with the after-paint module too.
    if (shown || this.lint)
      whenIdle(() => {
        if (shown) loadGating().catch(() => {});
        // The scroll padding, and the reopen button that focus moves to at the decision.
        if (!later) this.#fetchLater();
      });
    // Once the first layer is rendered, not while a language's texts load (nothing to check yet).
    if (this.lint && banner && later && !this.#linted) {
      this.#linted = true;
      later.lint(this, warn);
    }
    // Focus waits for the reopen button if its module is still on its way.
    const reopen = this.renderRoot.querySelector<HTMLElement>('.reopen');
    if (this.#refocus && !shown && reopen) reopen.focus();
    if (shown || reopen || this.reopen === 'none') this.#refocus = false;
  }
}

define('consent-banner', ConsentBanner);

declare global {
  interface HTMLElementTagNameMap {
    'consent-banner': ConsentBanner;
  }
}
