import { html, nothing } from 'lit/html.js';
import { parseCategories } from '../core/categories.js';
import { refusedState } from '../core/record.js';
import { NECESSARY, type Categories, type ConsentChange, type ConsentState } from '../core/types.js';
import { once, refetchable } from '../core/once.js';
import { PHASE } from '../core/store.js';
import { createWarn } from '../core/warn.js';
import { gate, loadGating } from '../gating/load.js';
import type { ConsentChangeDetail, ConsentReadyDetail } from '../events.js';
import { addDetails, loadLang, messagesFor, resolveLang, type Messages } from '../i18n/index.js';
import type { FirstLayer } from '../i18n/messages.js';
import { GCM_DEFAULT_MAP, GCM_TYPES, pushDefault, pushUpdate } from '../integrations/google-consent-mode.js';
import { ReactiveBase, type PropertyValues } from './base.js';
import { ConsentCategory } from './consent-category.js';
import { styles } from './consent-banner.styles.js';
import type { preferences } from './consent-preferences.js';
import { define } from './define.js';
import { StoreController } from './store-controller.js';

const warn = createWarn();

/** How long the banner waits for a language module before speaking English meanwhile (ms). */
const LANG_WAIT = 2000;

/** A non-negative integer attribute; anything else is 0 with a warning. */
const integer = (name: string, fallback: number) => ({
  fromAttribute(value: string | null): number {
    if (value === null) return fallback;
    if (/^\s*\d+\s*$/.test(value)) return Number(value);
    warn(`${name}="${value}" is not a whole number; using ${fallback}`);
    return fallback;
  },
});

/**
 * Only http(s), mailto and relative URLs are linked; `javascript:` and the like are dropped. The
 * value is checked as the link will resolve it, against the page's base URL: a relative URL parses
 * without the exception that `new URL(value)` would throw (a page's first exception costs 2–5 ms
 * of start-up at 1×), and without `URL.canParse`, which Safari has only from 17.
 */
function safeUrl(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  try {
    if (['http:', 'https:', 'mailto:'].includes(new URL(value, document.baseURI).protocol)) return value;
  } catch {
    // Malformed (`http://[`): warned below.
  }
  warn(`privacy-url "${value}" is not http(s), mailto or relative; no link shown`);
}

type Preferences = [render: typeof preferences, sheet: CSSStyleSheet];
/** The strings shown: whole once the preferences module has brought the dialog's own. */
type Shown = FirstLayer & Partial<Omit<Messages, 'categories'>>;
/**
 * The preferences dialog's template and CSS, imported on first need (./consent-preferences.ts
 * says why); a failed import is tried again at the next need.
 */
const loadPreferences = once(() =>
  (import.meta.env.STANDALONE
    ? refetchable(import('./consent-preferences.js'), 'consent-preferences')
    : import('./consent-preferences.js')
  ).then(({ preferences, styles, details }): Preferences => {
    addDetails(details);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
    return [preferences, sheet];
  }),
);

/**
 * The proof-of-consent sender, imported only by banners with a `log-url` (most sites have none):
 * at connection, so that it is there by the first decision.
 */
const loadLog = once(() =>
  import.meta.env.STANDALONE
    ? refetchable(import('../integrations/consent-log.js'), 'consent-log')
    : import('../integrations/consent-log.js'),
);

/** What the banner hears from the whole page: `data-consent-open` elements (#onDocument). */
const DOCUMENT_EVENTS = ['click', 'pointerover', 'focusin'];

/** Runs a task when the browser has nothing else to do (Safari has no requestIdleCallback). */
const whenIdle = (task: () => void) => (self.requestIdleCallback ?? setTimeout)(task);

/** The element inside (shadow roots included) that has focus, to give it back later. */
function deepActiveElement(): HTMLElement | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el as HTMLElement | null;
}

/**
 * The consent banner: asks once, remembers the visitor's choice, and lets them change it at any
 * time. Accepting, refusing and customising are three buttons of equal weight.
 *
 * @summary A fair, accessible cookie-consent banner with per-purpose preferences.
 * @tag consent-banner
 *
 * @slot - `<consent-category>` children that give or override a category's label and description.
 *
 * @fires consent-ready - Once per connection, after the stored choice is read. `detail: { categories, decided }`.
 * @fires consent-change - After every decision and every other change of consent. `detail: { categories, changed, action, decided }`.
 *
 * @csspart banner - The first layer.
 * @csspart continue-button - "Continue without accepting" on the first layer: records the same as "Reject all".
 * @csspart accept-button - "Accept all", on the first layer and in the preferences.
 * @csspart refuse-button - "Reject all", on the first layer and in the preferences.
 * @csspart settings-button - Opens the preferences from the first layer.
 * @csspart dialog - The preferences dialog.
 * @csspart save-button - Saves the switches' positions.
 * @csspart close-button - Closes the preferences without saving.
 * @csspart category - One purpose in the preferences.
 * @csspart state - The colour band with the purpose's state in words; `data-state="granted|refused"`.
 * @csspart switch - One purpose's switch.
 * @csspart reopen-button - The small floating button that reopens the preferences after a decision.
 *
 * @cssprop [--consent-accent=#1f5fbf] - Colour of every choice button alike, and of switches that are on.
 * @cssprop [--consent-accent-text=#fff] - Text on the accent colour.
 * @cssprop [--consent-background=Canvas] - Background of the banner and dialog.
 * @cssprop [--consent-text=CanvasText] - Text colour.
 * @cssprop [--consent-border=#6b6b76] - Borders, separators and switches that are off.
 * @cssprop [--consent-granted=#0b6b2f] - The band of a granted purpose.
 * @cssprop [--consent-refused=#b3261e] - The band of a refused purpose.
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
    revision: { converter: integer('revision', 0) },
    storageKey: { type: String, attribute: 'storage-key' },
    expiresDays: { attribute: 'expires-days', converter: integer('expires-days', 395) },
    refusalExpiresDays: { attribute: 'refusal-expires-days', converter: integer('refusal-expires-days', 182) },
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
    _open: { state: true },
    _shown: { state: true },
    _dismissed: { state: true },
    _draft: { state: true },
    _said: { state: true },
  };

  /** The optional purposes: space- or comma-separated ids, in display order. */
  declare categories: string;
  /** The language shown (`fr`, `en`); by default inherited from the page, then the browser's. */
  declare lang: string;
  /** Link to the privacy policy (http, https, mailto or relative). */
  declare privacyUrl: string | undefined;
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
  declare private _open: boolean;
  declare private _shown: boolean;
  /** The modal first layer was closed by the browser without a decision (Chrome lets a second Escape through). */
  declare private _dismissed: boolean;
  declare private _draft: Categories;
  /** The status region says that the choice was stored (set a render after each decision). */
  declare private _said: boolean;

  #controller = new StoreController(this, (change) => this.#onChange(change));
  #opener: HTMLElement | null = null;
  #configured = '';
  #children = new MutationObserver(() => this.#configure(true));
  #stopGcm?: () => void;
  /** The store this banner is attached to (the one of its storage key), and how to leave it. */
  #attached?: object;
  #detach?: () => void;
  #preferences?: Preferences[0];

  /** Adds the preferences' sheet to this banner's shadow root, once. */
  #adopt([render, sheet]: Preferences): void {
    if (this.#preferences) return;
    this.#preferences = render;
    this.renderRoot.adoptedStyleSheets = [...this.renderRoot.adoptedStyleSheets, sheet];
  }

  /**
   * Fetches the preferences when the visitor shows the intent to open them (pointer over, press or
   * focus on a button that opens them): the 95 % who never do download none of it, and the others
   * seldom wait, since the module arrives while they reach the click.
   */
  #warm = (): void => {
    loadPreferences().then(
      (p) => this.#adopt(p),
      () => {}, // reported, and retried, by showPreferences
    );
  };
  #gatingFetched = false;

  constructor() {
    super();
    this.categories = '';
    this.revision = 0;
    this.storageKey = 'consent-banner';
    this.expiresDays = 395;
    this.refusalExpiresDays = 182;
    this.googleConsentMode = false;
    this.ignoreGpc = false;
    this.layout = 'bar';
    this.theme = 'auto';
    this.reopen = 'bottom-left';
    this.reloadOnRevoke = false;
    this._open = false;
    this._shown = false;
    this._dismissed = false;
    this._draft = {};
    this._said = false;
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
    const choice = allSet(this.#store.config.ids, true);
    if (this.#gpc && 'advertising' in choice) choice.advertising = false;
    this.#store.decide(choice, 'accept-all');
  }

  /** Refuses every optional purpose and stores the choice. */
  refuseAll(): void {
    this.#store.decide(allSet(this.#store.config.ids, false), 'refuse-all');
  }

  /** Merges `{ id: boolean }` into the current choice and stores it; counts as a decision. */
  setConsent(partial: Partial<Categories>): void {
    const ids = this.#store.config.ids;
    const choice: Categories = {};
    for (const [id, value] of Object.entries(partial ?? {})) {
      if (id === NECESSARY) continue;
      if (!ids.includes(id)) warn(`setConsent: "${id}" is not a category; ignored`);
      else if (typeof value !== 'boolean') warn(`setConsent: "${id}" is not a boolean; ignored`);
      else choice[id] = value;
    }
    this.#store.decide(choice, 'api');
  }

  /** Whether a purpose is granted now. */
  hasConsent(id: string): boolean {
    return this.#store.state.categories[id] === true;
  }

  /** Resolves at once if the purpose is granted, otherwise as soon as it is. */
  whenGranted(id: string): Promise<void> {
    const store = this.#store;
    if (store.state.categories[id] === true) return Promise.resolve();
    if (!(id in store.state.categories)) warn(`whenGranted: "${id}" is not a category`);
    return new Promise((resolve) => {
      const off = store.subscribe(() => {
        if (store.state.categories[id] === true) {
          off();
          resolve();
        }
      });
    });
  }

  /** Shows the first layer again, even after a decision. */
  showBanner(): void {
    this._shown = true;
  }

  /** Opens the preferences dialog; focus returns to `opener` (by default, what has focus now) on close. */
  async showPreferences(opener: HTMLElement | null = deepActiveElement()): Promise<void> {
    // Opened by the next render that has the dialog: at once, once its module is here, or when a
    // language's texts arrive. A decision or the banner's removal meanwhile cancels it.
    this.#opening = true;
    if (!this.#preferences) {
      try {
        this.#adopt(await loadPreferences());
      } catch {
        this.#opening = false;
        warn('could not load the preferences (network?); try again');
        return;
      }
      if (!this.#opening) return;
    }
    if (!this._open) {
      this.#opener = opener;
      this._draft = this.#store.state.categories;
      this._open = true;
    }
    this.requestUpdate();
    await this.updateComplete;
  }
  #opening = false;

  /** Forgets the stored choice: nothing optional is granted and the banner asks again. */
  reset(): void {
    this.#store.reset();
  }

  override connectedCallback(): void {
    if (this.logUrl) loadLog().catch(() => {}); // reported if still missing at a decision
    if (this.googleConsentMode) {
      // Before anything gated can run: all denied; then, from the store's first phase, the restored
      // choice at the configuration below (also when the banner asks again about a new purpose: the
      // answers already given stay in effect, and the scripts they unblock are about to run), and
      // every later change, before the gating activates what it unblocks.
      pushDefault(warn);
      this.#stopGcm = this.#store.subscribe((change) => {
        const { categories, decided } = change ?? this.#store.state;
        if (change || decided || Object.values(categories).filter(Boolean)[1])
          pushUpdate(categories, this.#gcmMap(), warn);
      }, PHASE.consentMode);
    }
    // Read afresh at each connection (a framework may have moved the banner): the store tells every
    // phase the restored state.
    this.#configured = '';
    this.#configure();
    // In the store's gating phase: scripts have run and cookies are gone by consent-change, and
    // what a decision unblocks still runs if a listener removes this banner.
    gate(this.#store);
    super.connectedCallback();
    this.#children.observe(this, { childList: true, subtree: true, attributes: true, characterData: true });
    for (const type of DOCUMENT_EVENTS) document.addEventListener(type, this.#onDocument);
    queueMicrotask(() => {
      if (this.isConnected) this.#emit<ConsentReadyDetail>('consent-ready', this.#detail(this.#store.state));
    });
  }

  override disconnectedCallback(): void {
    this.#detach?.();
    this.#attached = this.#detach = undefined;
    super.disconnectedCallback();
    this.#opening = false;
    this.#children.disconnect();
    this.#reserveSpace(undefined);
    this.#stopGcm?.();
    for (const type of DOCUMENT_EVENTS) document.removeEventListener(type, this.#onDocument);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this.hasUpdated && changed.size) this.#configure();
  }

  /**
   * The configured optional ids: the `categories` attribute or property (frameworks such as
   * React 19 and Vue set the property), else the `<consent-category>` children.
   */
  #ids(): string[] {
    const children = this.#categoryChildren().map((c) => c.name);
    if (!this.categories?.trim()) return parseCategories(children.join(' '), warn);
    const ids = parseCategories(this.categories, warn);
    for (const name of children) {
      if (name && name !== NECESSARY && !ids.includes(name)) {
        warn(`<consent-category name="${name}"> is not in categories; ignored`);
      }
    }
    return ids;
  }

  #categoryChildren(): ConsentCategory[] {
    return [...this.querySelectorAll(':scope > consent-category')] as ConsentCategory[];
  }

  /** Tells the store the set-up; re-reads storage only when something that matters changed. */
  #configure(texts = false): void {
    const config = {
      ids: this.#ids(),
      revision: this.revision,
      expiresDays: this.expiresDays,
      refusalExpiresDays: this.refusalExpiresDays,
      lang: resolveLang(this),
      cookies: Object.fromEntries(
        this.#categoryChildren()
          .filter((c) => c.hasAttribute('cookies'))
          .map((c) => [c.getAttribute('name'), c.getAttribute('cookies')]),
      ),
      reloadOnRevoke: this.reloadOnRevoke,
    };
    if (this.#attached !== this.#store && this.isConnected) {
      this.#detach?.();
      this.#detach = (this.#attached = this.#store).attach(this);
    }
    const signature = JSON.stringify([this.storageKey, config]);
    if (signature !== this.#configured) {
      this.#configured = signature;
      this.#store.configure(config);
    } else if (texts) {
      this.requestUpdate();
    }
  }

  /** Whether the browser's Global Privacy Control signal is honoured now. */
  get #gpc(): boolean {
    return !this.ignoreGpc && (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
  }

  /** An event detail: the state, with `gpc: true` while the signal is honoured. */
  #detail<T extends object>(detail: T): T {
    return this.#gpc ? { ...detail, gpc: true } : detail;
  }

  /** Google Consent Mode mapping: the defaults, overridden by `<consent-category gcm="…">`. */
  #gcmMap(): Record<string, string[]> {
    const map = { ...GCM_DEFAULT_MAP };
    for (const child of this.#categoryChildren()) {
      const types = child.gcm;
      if (!types) continue;
      const unknown = types.filter((t) => !(GCM_TYPES as readonly string[]).includes(t));
      if (unknown.length) warn(`gcm="${unknown.join(' ')}" on "${child.name}": not a consent type; ignored`);
      map[child.name] = types.filter((t) => !unknown.includes(t));
    }
    return map;
  }

  /**
   * Every change, after Google's tags have learnt it and the gating has run what it unblocks (both
   * listen earlier): the proof of consent is sent, then the view and the event.
   */
  #onChange(change: ConsentChange): void {
    const { categories, changed, action, decided } = change;
    const record = this.#store.record;
    const url = this.logUrl;
    if (url && action !== 'sync' && record) {
      loadLog().then(
        ({ sendRecord }) => sendRecord(url, record, warn),
        () => warn('log-url: the sender did not load (network?); this decision was not logged'),
      );
    }
    this.#refocus = !!this.renderRoot.querySelector('.banner')?.contains(this.renderRoot.activeElement);
    this._shown = this._dismissed = this._open = this.#opening = this._said = false;
    this.#dialog?.close();
    // Screen readers hear that the choice is stored (WCAG 4.1.3): the status region, there from the
    // start and outside the first layer and the dialogs (a modal makes the rest inert), is emptied by
    // this render and gets the words 100 ms later (as Angular CDK's LiveAnnouncer does): after focus
    // has moved (the dialog's close event comes a task later, and a focus move cuts speech short),
    // and with the region seen empty in between, since Chrome fires no live region event for the
    // same text written back within a tick.
    if (decided && action != 'sync') setTimeout(() => (this._said = true), 100);
    this.#emit<ConsentChangeDetail>('consent-change', this.#detail({ categories, changed, action, decided }));
  }

  #emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /**
   * A `data-consent-open` element anywhere in the page: a click opens the preferences; a pointer
   * over it or focus on it fetches them ahead, as on the banner's own buttons.
   */
  #onDocument = (event: Event): void => {
    const trigger = event
      .composedPath()
      .find((n): n is HTMLElement => n instanceof HTMLElement && n.hasAttribute('data-consent-open'));
    if (!trigger) return;
    if (event.type != 'click') return this.#warm();
    event.preventDefault();
    void this.showPreferences(trigger);
  };

  get #dialog(): HTMLDialogElement | null | undefined {
    return this.renderRoot.querySelector('#prefs');
  }

  /** Gives focus back to the opener, or to the reopen button when the opener is gone. */
  #onClose = async (): Promise<void> => {
    this._open = false;
    const opener = this.#opener;
    this.#opener = null;
    await this.updateComplete;
    // Without checkVisibility (Safari before 17.4) a connected opener counts as visible.
    if (opener?.isConnected && (opener.checkVisibility?.() ?? true)) opener.focus();
    else if (opener) this.#reopenButton?.focus();
  };

  get #reopenButton(): HTMLElement | null | undefined {
    return this.renderRoot.querySelector('.reopen');
  }

  #privacyLink(label: string) {
    const href = safeUrl(this.privacyUrl);
    return href ? html`<a href=${href}>${label}</a>` : nothing;
  }

  #buttons(t: Shown, settings: boolean) {
    return html`<div class="actions">
      <button class="btn" part="accept-button" @click=${this.acceptAll}>${t.acceptAll}</button>
      <button class="btn" part="refuse-button" @click=${this.refuseAll}>${t.refuseAll}</button>
      ${
        settings
          ? html`<button
              class="btn"
              part="settings-button"
              @click=${() => this.showPreferences()}
              @pointerenter=${this.#warm}
              @pointerdown=${this.#warm}
              @focus=${this.#warm}
            >
              ${t.settings}
            </button>`
          : html`<button class="btn" part="save-button" @click=${() => this.#store.decide(this._draft, 'save')}>
              ${t.save}
            </button>`
      }
    </div>`;
  }

  /** The strings to show, with the site's overrides; undefined while the language loads. */
  #waiting = '';
  #late = '';

  /**
   * The strings to show and their language, with the site's overrides. While a language module
   * loads, nothing is shown (no other language flashes); only if it has not arrived after
   * LANG_WAIT ms does the banner speak English meanwhile, switching when the texts come.
   */
  #messages(lang: string): [Shown, string] | undefined {
    let base = messagesFor(lang);
    if (!base) {
      if (this.#waiting !== lang) {
        this.#waiting = lang;
        void loadLang(lang, warn).then(() => this.#configure(true)); // English stands in if it failed
        setTimeout(() => {
          this.#late = lang;
          this.requestUpdate();
        }, LANG_WAIT);
      }
      if (this.#late !== lang) return undefined;
      [base, lang] = [messagesFor('en')!, 'en'];
    }
    const own = this.messages;
    return [own ? { ...base, ...own, categories: { ...base.categories, ...own.categories } } : base, lang];
  }

  /** Whether the first layer shows: until a decision, or when asked with showBanner(). */
  get #shownNow(): boolean {
    return (!this.#store.state.decided && !this._dismissed) || this._shown;
  }

  protected override render() {
    const texts = this.#messages(resolveLang(this));
    if (!texts) return nothing;
    const [t, lang] = texts;
    const { decided } = this.#store.state;
    const shown = this.#shownNow;
    const layout = ['box', 'modal'].includes(this.layout) ? this.layout : 'bar';
    // In a modal, focus goes to the heading: no choice is pre-selected for the visitor.
    const first = html`<div class="head">
        <h2 id="title" tabindex="-1" ?autofocus=${layout === 'modal'}>${t.title}</h2>
        <button class="continue" part="continue-button" @click=${this.refuseAll}>${t.continueWithout}</button>
      </div>
      <p>${t.intro} ${this.#privacyLink(t.privacy)}</p>
      ${this.#buttons(t, true)}`;
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
      ${
        (decided || this._dismissed) && !shown && this.reopen !== 'none'
          ? html`<button
              class="reopen"
              part="reopen-button"
              aria-label=${t.reopen}
              title=${t.reopen}
              @click=${() => this.showPreferences()}
              @pointerenter=${this.#warm}
              @pointerdown=${this.#warm}
              @focus=${this.#warm}
            >
              <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
                <path
                  fill="currentColor"
                  d="M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5Zm-4 9a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm6 4a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm-5-9a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Z"
                />
              </svg>
            </button>`
          : nothing
      }
      <dialog
        id="prefs"
        part="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="prefs-title"
        @close=${this.#onClose}
      >
        ${
          this._open && this.#preferences
            ? this.#preferences({
                html,
                nothing,
                // Whole: the module that renders this brought the dialog's strings (addDetails).
                t: t as Messages,
                ids: [NECESSARY, ...this.#store.config.ids],
                draft: this._draft,
                gpc: this.#gpc,
                children: this.#categoryChildren(),
                toggle: (id, on) => (this._draft = { ...this._draft, [id]: on }),
                close: () => this.#dialog?.close(),
                privacyLink: this.#privacyLink(t.privacy),
                buttons: this.#buttons(t, false),
              })
            : nothing
        }
      </dialog>
    </div>`;
  }

  protected override updated(): void {
    const prefs = this.#dialog;
    if (this.#opening && this._open && prefs) {
      this.#opening = false;
      if (!prefs.open) prefs.showModal();
    }
    const banner = this.renderRoot.querySelector<HTMLElement>('.banner');
    // A banner removed from the page may still render (a timer, a shared store): it must neither
    // open a modal nor reserve space in the page it left.
    const shown = !!banner && this.#shownNow && this.isConnected;
    if (banner instanceof HTMLDialogElement) {
      if (shown && !banner.open) banner.showModal();
      if (!shown && banner.open) banner.close();
    }
    this.#reserveSpace(banner && shown && !(banner instanceof HTMLDialogElement) ? banner : undefined);
    // A visitor looking at the first layer is about to choose, and most grant something: the gating
    // that runs what they unblock comes while the browser is idle, so that a click finds it here.
    if (shown && !this.#gatingFetched) {
      this.#gatingFetched = true;
      whenIdle(() => loadGating().catch(() => (this.#gatingFetched = false)));
    }
    // Once the first layer is rendered, not while a language's texts load (nothing to check yet).
    if (this.lint && banner && !this.#linted) {
      this.#linted = true;
      whenIdle(() =>
        import('../lint.js').then(
          ({ lint }) => lint(this, warn),
          () => warn('lint did not load'),
        ),
      );
    }
    if (this.#refocus && !shown) this.#reopenButton?.focus();
    this.#refocus = false;
  }

  /** The banner's height, read when the browser has just laid it out (no forced layout). */
  #resize = new ResizeObserver(() => {
    this.#height = this.#reserved?.offsetHeight;
    this.#reserveSpace(this.#reserved);
  });
  #reserved?: HTMLElement;
  #linted = false;
  #height?: number;
  #refocus = false;

  /**
   * While a bar or box shows, the page keeps the focused element out from under it (WCAG 2.4.11):
   * scroll padding on the document as tall as the banner, on the side it sits. The height comes
   * from the ResizeObserver, whose first report arrives after the next layout and before that
   * frame is painted: reading it here would force the whole page's first layout into the script's
   * task (about 100 ms at 4× CPU slowdown on the benchmark's article).
   */
  #reserveSpace(banner: HTMLElement | undefined): void {
    const style = document.documentElement.style;
    if (banner !== this.#reserved) {
      this.#resize.disconnect();
      this.#height = undefined;
      if (banner) this.#resize.observe(banner);
      this.#reserved = banner;
    }
    if (this.#padded) style[this.#padded] = '';
    this.#padded = undefined;
    if (!banner || this.#height === undefined) return;
    this.#padded = this.position?.startsWith('top') ? 'scrollPaddingTop' : 'scrollPaddingBottom';
    style[this.#padded] = `${this.#height}px`;
  }

  #padded?: 'scrollPaddingTop' | 'scrollPaddingBottom';
}

/** Every configured id set to `value`, `necessary` granted. */
function allSet(ids: readonly string[], value: boolean): Categories {
  const categories = refusedState(ids);
  for (const id of ids) categories[id] = value;
  return categories;
}

define('consent-banner', ConsentBanner);

declare global {
  interface HTMLElementTagNameMap {
    'consent-banner': ConsentBanner;
  }
}
