/*
 * The banner's preferences dialog, as a reactive controller: opening it (its module fetched on first
 * need), the switches' positions until they are saved, giving focus back on close, and the page's
 * `data-consent-open` elements that open it from anywhere (open shadow roots included). The dialog's
 * view is ./consent-preferences.ts; the banner renders `content()` inside its `<dialog id="prefs">`.
 */
import { html, nothing } from 'lit/html.js';
import type { ConsentStore } from '../core/store.js';
import { NECESSARY, type Categories } from '../core/types.js';
import { createWarn } from '../core/warn.js';
import type { Messages } from '../i18n/index.js';
import type { ReactiveController, ReactiveControllerHost } from './base.js';
import { loadPreferences, type Preferences } from './on-demand.js';

const warn = createWarn();

/** What opens the dialog from the page: a click; a pointer over it or focus on it fetches it ahead. */
const PAGE_EVENTS = ['click', 'pointerover', 'focusin'];

/** The element inside (shadow roots included) that has focus, to give it back later. */
function deepActiveElement(): HTMLElement | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el as HTMLElement | null;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ShadowRoot };

export class PreferencesDialog implements ReactiveController {
  /** Whether the dialog is open (rendered with its content). */
  open = false;
  /** The switches' positions, not yet saved. */
  draft: Categories = {};
  #render?: Preferences[0];
  /** Where focus goes back on close. */
  #opener: HTMLElement | null = null;
  /** show() waits for the next render that has the dialog; a decision or a disconnection cancels it. */
  #opening = false;

  constructor(
    private readonly host: Host,
    private readonly store: () => ConsentStore,
  ) {
    host.addController(this);
  }

  get #dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('#prefs');
  }

  /** Adds the dialog's sheet to the host's shadow root, once. */
  #adopt([render, sheet]: Preferences): void {
    if (this.#render) return;
    this.#render = render;
    this.host.renderRoot.adoptedStyleSheets = [...this.host.renderRoot.adoptedStyleSheets, sheet];
  }

  /**
   * Fetches the dialog ahead, when the visitor shows the intent to open it (a pointer over or
   * pressing, or focus on, a button that opens it): the 95 % who never do download none of it, and
   * the others seldom wait, since the module arrives while they reach the click.
   */
  warm = (): void => {
    loadPreferences().then(
      (p) => this.#adopt(p),
      () => {}, // reported, and retried, by show()
    );
  };

  /** Opens the dialog; focus returns to `opener` on close. */
  async show(opener: HTMLElement | null = deepActiveElement()): Promise<void> {
    this.#opening = true;
    if (!this.#render) {
      try {
        this.#adopt(await loadPreferences());
      } catch {
        this.#opening = false;
        warn('could not load the preferences (network?); try again');
        return;
      }
      if (!this.#opening) return;
    }
    if (!this.open) {
      this.#opener = opener;
      this.draft = this.store().state.categories;
      this.open = true;
    }
    this.host.requestUpdate();
  }

  /** A decision was made: the dialog closes, an opening under way is cancelled. */
  close(): void {
    this.open = this.#opening = false;
    this.#dialog?.close();
  }

  /** The dialog's content while it is open, else nothing. */
  content(t: Messages, privacyLink: unknown, buttons: unknown) {
    const store = this.store();
    return this.open && this.#render
      ? this.#render({
          html,
          nothing,
          t,
          ids: [NECESSARY, ...store.config.ids],
          draft: this.draft,
          gpc: store.gpc,
          texts: store.config.texts,
          toggle: (id, on) => {
            this.draft = { ...this.draft, [id]: on };
            this.host.requestUpdate();
          },
          close: () => this.#dialog?.close(),
          privacyLink,
          buttons,
        })
      : nothing;
  }

  /** The dialog closed (saved, refused, Escape or ×): focus back to the opener, or to the reopen button when it is gone. */
  closed = async (): Promise<void> => {
    this.open = false;
    this.host.requestUpdate();
    const opener = this.#opener;
    this.#opener = null;
    await (this.host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    // Without checkVisibility (Safari before 17.4) a connected opener counts as visible.
    if (opener?.isConnected && (opener.checkVisibility?.() ?? true)) opener.focus();
    else if (opener) this.host.renderRoot.querySelector<HTMLElement>('.reopen')?.focus();
  };

  /** A `data-consent-open` element of the page: a click opens the dialog, a pointer or focus warms it. */
  #onPage = (event: Event): void => {
    const trigger = event
      .composedPath()
      .find((n): n is HTMLElement => n instanceof HTMLElement && n.hasAttribute('data-consent-open'));
    if (!trigger) return;
    if (event.type !== 'click') return this.warm();
    event.preventDefault();
    void this.show(trigger);
  };

  hostConnected(): void {
    for (const type of PAGE_EVENTS) document.addEventListener(type, this.#onPage);
  }

  /** Opens the modal once the render that has the dialog is done. */
  hostUpdated(): void {
    const dialog = this.#dialog;
    if (this.#opening && this.open && dialog) {
      this.#opening = false;
      if (!dialog.open) dialog.showModal();
    }
  }

  hostDisconnected(): void {
    this.#opening = false;
    for (const type of PAGE_EVENTS) document.removeEventListener(type, this.#onPage);
  }
}
