/*
 * The banner's side of the preferences dialog, as a reactive controller: fetching its module on a
 * visitor's intent and on open, and the page's `data-consent-open` elements that open it from
 * anywhere (open shadow roots included). The dialog itself — its switches until they are saved,
 * showing the modal, giving focus back on close, its view — is in that module
 * (./consent-preferences.ts, `dialog()`); the banner renders `content()` inside its `<dialog id="prefs">`.
 */
import { html, nothing } from 'lit/html.js';
import type { ConsentStore } from '../core/store.js';
import type { Categories } from '../core/types.js';
import { createWarn } from '../core/warn.js';
import type { Messages } from '../i18n/index.js';
import type { BannerStrings } from './first-layer.js';
import type { ReactiveController, ReactiveControllerHost } from './base.js';
import type { Dialog } from './consent-preferences.js';
import { loadPreferences } from './on-demand.js';

const warn = createWarn();

/** What opens the dialog from the page: a click; a pointer over it or focus on it fetches it ahead. */
const PAGE_EVENTS = ['click', 'pointerover', 'focusin'];

type Host = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: ShadowRoot; readonly updateComplete: Promise<unknown> };

export class PreferencesDialog implements ReactiveController {
  /** The dialog itself, once its module has arrived (./consent-preferences.ts). */
  #dialog?: Dialog;
  /** show() waits for the module; a decision or a disconnection meanwhile cancels it. */
  #opening = false;

  constructor(
    private readonly host: Host,
    private readonly store: () => ConsentStore,
  ) {
    host.addController(this);
  }

  /** The dialog, made once its module and style sheet are here (the sheet adopted by the host's shadow root). */
  #load = () =>
    loadPreferences().then(({ dialog }) => (this.#dialog ??= dialog(this.host, this.store, { html, nothing })));

  /**
   * Fetches the dialog ahead, when the visitor shows the intent to open it (a pointer over or
   * pressing, or focus on, a button that opens it): the 95 % who never do download none of it, and
   * the others seldom wait, since the module arrives while they reach the click.
   */
  warm = (): void => {
    this.#load().catch(() => {}); // reported, and retried, by show()
  };

  /** Opens the dialog, with focus on the element of id `at` (the list of partners) if given; focus returns to `opener` on close. */
  show(opener?: HTMLElement | null, at?: string): Promise<void> {
    this.#opening = true;
    return this.#load().then(
      (dialog) => {
        // A decision or a disconnection while it loaded cancels the opening.
        if (this.#opening) dialog.open(opener, at);
        this.#opening = false;
      },
      () => {
        this.#opening = false;
        warn('consent-preferences.js did not load (network?)');
      },
    );
  }

  /** The switches' positions, not yet saved (asked by the dialog's own save button: the dialog is here). */
  get draft(): Categories {
    return this.#dialog!.draft;
  }

  /** A decision was made: the dialog closes, an opening under way is cancelled. */
  close(): void {
    this.#opening = false;
    this.#dialog?.close();
  }

  /** The dialog's content while it is open, else nothing. */
  content(t: BannerStrings, lang: string, privacyLink: unknown, buttons: (t: Messages) => unknown) {
    return this.#dialog?.content(t, lang, privacyLink, buttons) ?? nothing;
  }

  /** The `<dialog>` closed: focus goes back (see Dialog.closed). */
  closed = async (): Promise<void> => this.#dialog?.closed();

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
    // A banner out of the page may still render (a timer, a shared store): it opens no modal.
    if (this.host.isConnected) this.#dialog?.updated();
  }

  hostDisconnected(): void {
    this.#opening = false;
    for (const type of PAGE_EVENTS) document.removeEventListener(type, this.#onPage);
  }
}
