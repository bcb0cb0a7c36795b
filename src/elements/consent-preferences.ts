/*
 * The preferences dialog's content and style, split off the bundle: most visitors never open it, so
 * <consent-banner> imports this module when a visitor goes to open it (a pointer over or pressing,
 * or focus on, a button that opens it) and on open, which keeps its template and CSS out of the
 * bytes every page view loads.
 *
 * It also carries the French and English strings that only the dialog shows (src/i18n/details/).
 *
 * It imports nothing from the bundle at run time, only types: Lit's `html` and `nothing` and every
 * value come from the banner in `view`. A chunk that imported from the bundle would make the
 * browser fetch the bundle again under another URL whenever a site loads it with a query string
 * (`?v=2`), and run a second copy. tests/browser/dist.test.ts checks that the built chunk has no
 * import.
 */
import type { html as litHtml, nothing as litNothing, TemplateResult } from 'lit/html.js';
import type { ConsentStore } from '../core/store.js';
import type { Categories } from '../core/types.js';
import type { Messages } from '../i18n/messages.js';
import { whole } from '../i18n/whole.js';
import type { BannerStrings } from './first-layer.js';

/** What the dialog shows and how it acts, handed over by the banner at each render. */
export interface PreferencesView {
  html: typeof litHtml;
  nothing: typeof litNothing;
  t: Messages;
  /** Every id in display order, `necessary` first. */
  ids: string[];
  /** The switches' positions, not yet saved. */
  draft: Record<string, boolean>;
  /** Whether a choice counts: before one, a purpose that is off is "not decided", not refused. */
  decided: boolean;
  /** The purposes exempt from consent: on until the visitor opts out, and said so under their label. */
  exempt: string[];
  /** Whether Global Privacy Control is honoured (says why advertising stays off). */
  gpc: boolean;
  /** The site's labels and descriptions of purposes and partners (the banner's children), empty to keep the built-in ones. */
  texts: Record<string, [label: string, description: string]>;
  /** The partners inside purposes, in display order: partner id → its purpose. */
  services: Record<string, string>;
  /** Each partner's privacy policy (safe URLs). */
  links: Record<string, string>;
  /** Each purpose's and partner's `cookies` rule, shown as written. */
  cookies: Record<string, string>;
  /** The data controller's name, if the banner names one. */
  controller?: string;
  toggle(id: string, on: boolean): void;
  close(): void;
  /** The privacy link (or nothing) and the accept, refuse and save buttons, shared with the first layer. */
  privacyLink: unknown;
  buttons: unknown;
}

const css = String.raw;

/** Keeps Tab and Shift+Tab inside the open dialog (the handler sits on a wrapper of all its content). */
function trapFocus(event: KeyboardEvent): void {
  if (event.key !== 'Tab') return;
  const wrapper = event.currentTarget as HTMLElement;
  const focusable = [...wrapper.querySelectorAll<HTMLElement>('button:not(:disabled), a[href]')];
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  const active = (wrapper.getRootNode() as ShadowRoot).activeElement;
  if (event.shiftKey ? active === first : active === last) {
    event.preventDefault();
    (event.shiftKey ? last : first)?.focus();
  }
}

/** The element inside (shadow roots included) that has focus, to give it back later. */
function deepActiveElement(): HTMLElement | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el as HTMLElement | null;
}

/** What the dialog needs of the banner that shows it. */
export interface DialogHost {
  readonly renderRoot: ShadowRoot;
  readonly updateComplete: Promise<unknown>;
  requestUpdate(): void;
}

/** The dialog's state and behaviour, made once per banner when this module arrives (./preferences-dialog.ts). */
export interface Dialog {
  /** The switches' positions, not yet saved. */
  readonly draft: Categories;
  /**
   * Opens it at the next render, with the switches where the store has them, focus on the element
   * of id `at` if given; focus returns to `opener` (by default, what has focus now) on close.
   */
  open(opener?: HTMLElement | null, at?: string): void;
  /** A decision was made: it closes, and an opening under way is cancelled. */
  close(): void;
  /** Its content while it is open, else nothing: `t` is the banner's strings in `lang`. */
  content(t: BannerStrings, lang: string, privacyLink: unknown, buttons: (t: Messages) => unknown): unknown;
  /** The `<dialog>` closed (saved, refused, Escape or ×): focus back to the opener, or to the reopen button when it is gone. */
  closed(): Promise<void>;
  /** After each render of the banner: shows the modal that open() asked for. */
  updated(): void;
}

/** The dialog of `host`, whose consent is `store()`'s. `html` and `nothing` are the bundle's Lit. */
export function dialog(
  host: DialogHost,
  store: () => ConsentStore,
  lit: { html: typeof litHtml; nothing: typeof litNothing },
): Dialog {
  const root = host.renderRoot;
  if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(styles);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  let shown = false;
  let opening = false;
  let opener: HTMLElement | null = null;
  /** The id of what gets focus once it is open (the list of partners), if not the first button. */
  let focusAt: string | undefined;
  const element = () => host.renderRoot.querySelector<HTMLDialogElement>('#prefs');
  const self: Dialog & { draft: Categories } = {
    draft: {},
    open(by, at) {
      opening = true;
      focusAt = at;
      if (!shown) {
        opener = by === undefined ? deepActiveElement() : by;
        const { categories, services } = store().state;
        self.draft = { ...categories, ...services };
        shown = true;
      }
      host.requestUpdate();
    },
    close() {
      shown = opening = false;
      element()?.close();
    },
    content(strings, lang, privacyLink, buttons) {
      const { config, gpc } = store();
      const t = whole(strings, lang);
      const { services } = config;
      return shown
        ? preferences({
            ...lit,
            t,
            ids: ['necessary', ...config.ids],
            draft: self.draft,
            gpc,
            decided: store().state.decided,
            exempt: config.exempt ?? [],
            texts: config.texts,
            services,
            links: config.links ?? {},
            cookies: config.cookies,
            controller: config.controller,
            toggle: (id, on) => {
              const draft = { ...self.draft, [id]: on };
              // A purpose's switch sets all its partners; a purpose with partners is on when all of them are.
              for (const [partner, purpose] of Object.entries(services)) if (purpose === id) draft[partner] = on;
              for (const purpose of Object.values(services)) draft[purpose] = true;
              for (const [partner, purpose] of Object.entries(services)) draft[purpose] &&= draft[partner]!;
              self.draft = draft;
              host.requestUpdate();
            },
            close: () => element()?.close(),
            privacyLink,
            buttons: buttons(t),
          })
        : lit.nothing;
    },
    async closed() {
      shown = false;
      host.requestUpdate();
      const by = opener;
      opener = null;
      await host.updateComplete;
      // Without checkVisibility (Safari before 17.4) a connected opener counts as visible.
      if (by?.isConnected && (by.checkVisibility?.() ?? true)) by.focus();
      else if (by) host.renderRoot.querySelector<HTMLElement>('.reopen')?.focus();
    },
    updated() {
      const modal = element();
      if (opening && shown && modal) {
        opening = false;
        if (!modal.open) modal.showModal();
        const at = focusAt && host.renderRoot.getElementById(focusAt);
        if (at) {
          at.focus();
          at.scrollIntoView?.({ block: 'start' });
        }
      }
    },
  };
  return self;
}

/**
 * The dialog's content: its heading, what it is for, who the controller is, one switch per purpose
 * and, under a purpose that has partners, one per partner with its privacy link and cookies (one
 * group, named by the heading: A11Y-4), the choices. A purpose with partners is "partly allowed"
 * while some of them are on.
 */
export function preferences(view: PreferencesView): TemplateResult {
  const { html, nothing, t, draft } = view;
  /** Label and description of a purpose or partner: the site's, else the built-in ones, else the id. */
  const text = (id: string): [string, string] => {
    const [ownLabel, ownDescription] = Object.hasOwn(view.texts, id) ? view.texts[id]! : [];
    const [label, description] = (Object.hasOwn(t.categories, id) && t.categories[id]) || [id, ''];
    return [ownLabel || label, ownDescription || description];
  };
  const partners = Object.keys(view.services);
  /** One purpose's or partner's row: label, state band, switch; then its description and what follows it. */
  const row = (id: string, key: string, state: string, on: boolean, fixed: boolean, after: unknown, level = 3) => {
    const [label, description] = text(id);
    const heading = level === 3 ? html`<h3 id="label-${key}">${label}</h3>` : html`<h4 id="label-${key}">${label}</h4>`;
    return html`<div class="row">
        ${heading}
        <span part="state" data-state=${state}>${state === 'unset' ? t.undecided : t[state as 'granted']}</span>
        <button
          role="switch"
          part="switch"
          aria-checked=${on}
          aria-labelledby="label-${key}"
          aria-describedby="desc-${key}"
          ?disabled=${fixed}
          @click=${() => view.toggle(id, !on)}
        ></button>
      </div>
      <p class="desc" id="desc-${key}">${description}</p>
      ${after}`;
  };
  return html`<div @keydown=${trapFocus}>
    <header>
      <h2 id="prefs-title">${t.prefsTitle}</h2>
      <button class="close" part="close-button" aria-label=${t.close} @click=${view.close}>×</button>
    </header>
    <p>${t.prefsIntro} ${view.privacyLink}</p>
    ${view.controller ? html`<p>${t.controllerLabel.replace('{controller}', () => view.controller!)}</p>` : nothing}
    ${partners.length ? html`<h3 id="partners" tabindex="-1">${t.partnersTitle} (${partners.length})</h3>` : nothing}
    <div role="group" aria-labelledby="prefs-title">
      <ul>
        ${view.ids.map((id, i) => {
          const necessary = !i;
          const own = partners.filter((partner) => view.services[partner] === id);
          const granted = own.filter((partner) => draft[partner]).length;
          const on = necessary || draft[id] === true;
          // Before a first decision, what is off is not refused yet: "not decided", neutral (issue 19).
          const state = on ? 'granted' : granted ? 'partial' : view.decided ? 'refused' : 'unset';
          return html`<li part="category">
            ${row(
              id,
              String(i),
              state,
              on,
              necessary,
              html`${id === 'advertising' && view.gpc ? html`<p class="desc gpc">${t.gpc}</p>` : nothing}
              ${view.exempt.includes(id) ? html`<p class="desc" part="exempt">${t.exempt}</p>` : nothing}
              ${
                own.length
                  ? html`<ul class="services">
                      ${own.map((partner) => {
                        const mine = draft[partner] === true;
                        const link = view.links[partner];
                        const cookies = view.cookies[partner]?.trim();
                        return html`<li part="service">
                          ${row(
                            partner,
                            `${i}-${partner}`,
                            mine ? 'granted' : view.decided ? 'refused' : 'unset',
                            mine,
                            false,
                            html`${
                              link
                                ? html`<p class="desc">
                                    <a href=${link}>${t.vendorPrivacy.replace('{label}', () => text(partner)[0])}</a>
                                  </p>`
                                : nothing
                            }
                            ${cookies ? html`<p class="desc"><strong>${t.cookiesLabel}</strong> ${cookies}</p>` : nothing}`,
                            4,
                          )}
                        </li>`;
                      })}
                    </ul>`
                  : nothing
              }`,
            )}
          </li>`;
        })}
      </ul>
    </div>
    ${view.buttons}
  </div>`;
}

let sheet: CSSStyleSheet | undefined;

/** Adopted by the banner's shadow root next to its own sheet when its dialog is made. */
const styles = css`
  #prefs {
    width: min(40rem, 100% - 1rem);
  }
  h3,
  ul {
    margin: 0 0 0.5rem;
    font-size: 1em;
  }
  header {
    display: flex;
    flex-wrap: wrap-reverse;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  .close {
    min-width: 44px;
    min-height: 44px;
    border: 0;
    background: none;
    font-size: 1.5rem;
  }
  ul {
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
    gap: 0.5rem 1rem;
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
  /* Not decided yet (before a first decision): neutral, and said in words. */
  [data-state='unset'] {
    background: var(--consent-unset, #5c5c66);
  }
  /* Partly allowed: neither green nor red, and said in words. */
  [data-state='partial'] {
    background: var(--consent-partial, #7a4d00);
  }
  .services {
    margin: 0.5rem 0 0 1rem;
  }
  .services li {
    padding: 0.5rem 0;
  }
  h4 {
    flex: 1 1 10rem;
    margin: 0;
    font-size: 1em;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  #partners {
    margin: 0.75rem 0 0.25rem;
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
  /* The only motion is here, in the switches; parts styled by the site lose theirs too. */
  @media (prefers-reduced-motion: reduce) {
    *,
    ::after {
      transition: none !important;
    }
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
  /* Windows high contrast: system colours, so every switch keeps a visible state. */
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
`;
