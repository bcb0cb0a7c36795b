import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { parseCategories } from '../core/categories.js';
import { refusedState } from '../core/record.js';
import { NECESSARY, type Categories, type ConsentAction, type ConsentChange, type ConsentState } from '../core/types.js';
import { createWarn } from '../core/warn.js';
import { startGating } from '../gating/index.js';
import type { ConsentChangeDetail, ConsentReadyDetail } from '../events.js';
import { messagesFor, resolveLang } from '../i18n/index.js';
import { ConsentCategory } from './consent-category.js';
import { styles } from './consent-banner.styles.js';
import { define } from './define.js';
import { StoreController } from './store-controller.js';

const warn = createWarn();

/** A non-negative integer attribute; anything else is 0 with a warning. */
const integer = (name: string, fallback: number) => ({
  fromAttribute(value: string | null): number {
    if (value === null) return fallback;
    if (/^\s*\d+\s*$/.test(value)) return Number(value);
    warn(`${name}="${value}" is not a whole number ≥ 0; using ${fallback}`);
    return fallback;
  },
});

/** Only http(s), mailto and relative URLs are linked; `javascript:` and the like are dropped. */
function safeUrl(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  try {
    const url = new URL(value);
    if (['http:', 'https:', 'mailto:'].includes(url.protocol)) return url.href;
    warn(`privacy-url "${value}" is not an http(s), mailto or relative URL; the link is left out`);
    return undefined;
  } catch {
    return value; // not an absolute URL: relative to the page
  }
}

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
 * @csspart accept-button - "Accept all", on the first layer and in the preferences.
 * @csspart refuse-button - "Reject all", on the first layer and in the preferences.
 * @csspart settings-button - Opens the preferences from the first layer.
 * @csspart dialog - The preferences dialog.
 * @csspart save-button - Saves the switches' positions.
 * @csspart close-button - Closes the preferences without saving.
 * @csspart category - One purpose in the preferences.
 * @csspart state - The colour band with the purpose's state in words; `data-state="granted|refused"`.
 * @csspart switch - One purpose's switch.
 *
 * @cssprop [--consent-accent=#1f5fbf] - Colour of every choice button alike, and of switches that are on.
 * @cssprop [--consent-accent-text=#fff] - Text on the accent colour.
 * @cssprop [--consent-background=#fff] - Background of the banner and dialog.
 * @cssprop [--consent-text=#1b1b1f] - Text colour.
 * @cssprop [--consent-border=#6b6b76] - Borders, separators and switches that are off.
 * @cssprop [--consent-granted=#0b6b2f] - The band of a granted purpose.
 * @cssprop [--consent-refused=#b3261e] - The band of a refused purpose.
 * @cssprop [--consent-font=400 1rem/1.5 system-ui, sans-serif] - Font shorthand.
 * @cssprop [--consent-radius=8px] - Corner radius.
 * @cssprop [--consent-z-index=2147483000] - Stacking order of the banner.
 */
export class ConsentBanner extends LitElement {
  static override styles = styles;

  static override properties = {
    categories: { type: String },
    lang: { type: String },
    privacyUrl: { type: String, attribute: 'privacy-url' },
    revision: { converter: integer('revision', 0) },
    storageKey: { type: String, attribute: 'storage-key' },
    expiresDays: { attribute: 'expires-days', converter: integer('expires-days', 395) },
    refusalExpiresDays: { attribute: 'refusal-expires-days', converter: integer('refusal-expires-days', 182) },
    reloadOnRevoke: { type: Boolean, attribute: 'reload-on-revoke' },
    _open: { state: true },
    _shown: { state: true },
    _draft: { state: true },
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
  /** Reloads the page after a withdrawal, so that nothing of a revoked purpose keeps running. */
  declare reloadOnRevoke: boolean;
  declare private _open: boolean;
  declare private _shown: boolean;
  declare private _draft: Categories;

  #controller = new StoreController(this, (change) => this.#onChange(change));
  #opener: HTMLElement | null = null;
  #configured = '';
  #children = new MutationObserver(() => this.#configure(true));
  #stopGating?: () => void;

  constructor() {
    super();
    this.categories = '';
    this.revision = 0;
    this.storageKey = 'consent-banner';
    this.expiresDays = 395;
    this.refusalExpiresDays = 182;
    this.reloadOnRevoke = false;
    this._open = false;
    this._shown = false;
    this._draft = {};
  }

  get #store() {
    return this.#controller.store;
  }

  /** A snapshot of the consent state: `{ categories, decided }`. */
  get consent(): ConsentState {
    return this.#store.state;
  }

  /** Grants every purpose and stores the choice. */
  acceptAll(): void {
    this.#decide(true, 'accept-all');
  }

  /** Refuses every optional purpose and stores the choice. */
  refuseAll(): void {
    this.#decide(false, 'refuse-all');
  }

  /** Merges `{ id: boolean }` into the current choice and stores it; counts as a decision. */
  setConsent(partial: Partial<Categories>): void {
    const ids = this.#store.config.ids;
    const choice: Categories = {};
    for (const [id, value] of Object.entries(partial ?? {})) {
      if (id === NECESSARY) continue;
      if (!ids.includes(id)) warn(`setConsent: "${id}" is not a configured category; ignored`);
      else if (typeof value !== 'boolean') warn(`setConsent: the value for "${id}" is not a boolean; ignored`);
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
    if (!(id in store.state.categories)) warn(`whenGranted: "${id}" is not a configured category`);
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
    if (!this._open) {
      this.#opener = opener;
      this._draft = this.#store.state.categories;
      this._open = true;
    }
    await this.updateComplete;
    const dialog = this.#dialog;
    if (dialog && !dialog.open) dialog.showModal();
  }

  /** Forgets the stored choice: nothing optional is granted and the banner asks again. */
  reset(): void {
    this.#store.reset();
  }

  override connectedCallback(): void {
    this.#configure();
    // Subscribed before the controller, so that scripts have run and cookies are gone by consent-change.
    this.#stopGating = startGating(this.#store, this);
    super.connectedCallback();
    this.#children.observe(this, { childList: true, subtree: true, attributes: true, characterData: true });
    document.addEventListener('click', this.#onDocumentClick);
    queueMicrotask(() => {
      if (this.isConnected) this.#emit<ConsentReadyDetail>('consent-ready', this.#store.state);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#children.disconnect();
    this.#stopGating?.();
    document.removeEventListener('click', this.#onDocumentClick);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && changed.size) this.#configure();
  }

  /** The configured optional ids: the `categories` attribute, else the `<consent-category>` children. */
  #ids(): string[] {
    if (this.hasAttribute('categories')) {
      const ids = parseCategories(this.categories, warn);
      for (const child of this.#categoryChildren()) {
        if (child.name && child.name !== NECESSARY && !ids.includes(child.name)) {
          warn(`<consent-category name="${child.name}"> is not listed in categories; ignored`);
        }
      }
      return ids;
    }
    return parseCategories(this.#categoryChildren().map((c) => c.name).join(' '), warn);
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
    };
    const signature = JSON.stringify([this.storageKey, config]);
    if (signature !== this.#configured) {
      this.#configured = signature;
      this.#store.configure(config);
    } else if (texts) {
      this.requestUpdate();
    }
  }

  #decide(value: boolean, action: ConsentAction): void {
    this.#store.decide(allSet(this.#store.config.ids, value), action);
  }

  #onChange(change: ConsentChange): void {
    this._shown = false;
    this.#dialog?.close();
    this.#emit<ConsentChangeDetail>('consent-change', change);
  }

  #emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  #onDocumentClick = (event: MouseEvent): void => {
    const trigger = event
      .composedPath()
      .find((n): n is HTMLElement => n instanceof HTMLElement && n.hasAttribute('data-consent-open'));
    if (!trigger) return;
    event.preventDefault();
    void this.showPreferences(trigger);
  };

  get #dialog(): HTMLDialogElement | null | undefined {
    return this.renderRoot?.querySelector('dialog');
  }

  #onClose = (): void => {
    this._open = false;
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected) opener.focus();
  };

  /** Keeps Tab and Shift+Tab inside the open dialog. */
  #onDialogKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab') return;
    const focusable = [...this.#dialog!.querySelectorAll<HTMLElement>('button:not(:disabled), a[href]')];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = (this.renderRoot as ShadowRoot).activeElement;
    if (event.shiftKey ? active === first : active === last) {
      event.preventDefault();
      (event.shiftKey ? last : first)?.focus();
    }
  };

  #text(id: string): [string, string] {
    const child = this.#categoryChildren().find((c) => c.name === id);
    const builtIn = messagesFor(resolveLang(this)).categories[id] ?? [id, ''];
    return [child?.label || builtIn[0], child?.description || builtIn[1]];
  }

  #privacyLink(label: string) {
    const href = safeUrl(this.privacyUrl);
    return href ? html`<a href=${href}>${label}</a>` : nothing;
  }

  #buttons(t: ReturnType<typeof messagesFor>, settings: boolean) {
    return html`<div class="actions">
      <button class="btn" part="accept-button" @click=${this.acceptAll}>${t.acceptAll}</button>
      <button class="btn" part="refuse-button" @click=${this.refuseAll}>${t.refuseAll}</button>
      ${settings
        ? html`<button class="btn" part="settings-button" @click=${() => this.showPreferences()}>${t.settings}</button>`
        : html`<button class="btn" part="save-button" @click=${() => this.#store.decide(this._draft, 'save')}>
            ${t.save}
          </button>`}
    </div>`;
  }

  #preferences(t: ReturnType<typeof messagesFor>) {
    const ids = [NECESSARY, ...this.#store.config.ids];
    return html`<header>
        <h2 id="prefs-title">${t.prefsTitle}</h2>
        <button class="close" part="close-button" aria-label=${t.close} @click=${() => this.#dialog?.close()}>×</button>
      </header>
      <p>${t.prefsIntro} ${this.#privacyLink(t.privacy)}</p>
      <ul>
        ${ids.map((id, i) => {
          const [label, description] = this.#text(id);
          const on = id === NECESSARY || this._draft[id] === true;
          return html`<li part="category">
            <div class="row">
              <h3 id="label-${i}">${label}</h3>
              <span part="state" data-state=${on ? 'granted' : 'refused'}>${on ? t.granted : t.refused}</span>
              <button
                role="switch"
                part="switch"
                aria-checked=${on}
                aria-labelledby="label-${i}"
                aria-describedby="desc-${i}"
                ?disabled=${id === NECESSARY}
                @click=${() => (this._draft = { ...this._draft, [id]: !on })}
              ></button>
            </div>
            <p class="desc" id="desc-${i}">${description}</p>
          </li>`;
        })}
      </ul>
      ${this.#buttons(t, false)}`;
  }

  protected override render() {
    const lang = resolveLang(this);
    const t = messagesFor(lang);
    const { decided } = this.#store.state;
    return html`<div lang=${lang}>
      <section part="banner" class="banner" aria-labelledby="title" ?hidden=${decided && !this._shown}>
        <h2 id="title">${t.title}</h2>
        <p>${t.intro} ${this.#privacyLink(t.privacy)}</p>
        ${this.#buttons(t, true)}
      </section>
      <dialog
        part="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="prefs-title"
        @close=${this.#onClose}
        @keydown=${this.#onDialogKey}
      >
        ${this._open ? this.#preferences(t) : nothing}
      </dialog>
    </div>`;
  }
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
