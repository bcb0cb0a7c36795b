/*
 * A `<consent-gate>`'s placeholder, its style and the French strings only it shows
 * (the other languages' modules have them),
 * split off the bundle (issue 15 paid for partners with it): most page views show no placeholder,
 * and those that do fetch this small module with the gating (./consent-gate.ts renders nothing
 * until it is here, as it does while a language loads). Like the other lazy chunks it imports
 * nothing from the bundle at run time: Lit's `html` and `nothing` come from the gate.
 */
import type { html as litHtml, nothing as litNothing, TemplateResult } from 'lit/html.js';
import type { ConsentStore } from '../core/store.js';
import fr from '../i18n/gate/fr.js';
import type { Messages } from '../i18n/messages.js';

/** The placeholder's strings of French, the language the bundle carries; the others have theirs in their module. */
const strings: Record<string, typeof fr> = { fr };

let sheet: CSSStyleSheet | undefined;

/** What a placeholder shows, handed over by the gate at each render. */
export interface GateView {
  html: typeof litHtml;
  nothing: typeof litNothing;
  t: Messages;
  lang: string;
  /** The store of the gate's storage key: its banner's labels, partners and privacy links; it records the allow button's decision. */
  store: ConsentStore;
  /** The gate's partner (`service`), if any. */
  service?: string;
  /** The gate's purposes (`category`). */
  purposes: string[];
  /** Whether a banner lists what the gate needs: the buttons show only then (they could do nothing else). */
  known: boolean;
}

/**
 * The placeholder: what is blocked and why, in the banner's language; for a partner
 * (`<consent-gate service>`), who it comes from, for which purpose, and a link to its privacy
 * policy; a button that allows just that (the partner, or the purposes: action `gate`), and one
 * that opens the preferences. A `$` in a site's label is just a `$` (replacements are functions).
 */
export function placeholder(root: ShadowRoot, v: GateView): TemplateResult {
  if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(styles);
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const { html, nothing, store, service } = v;
  const t = Object.hasOwn(strings, v.lang) ? { ...v.t, ...strings[v.lang] } : v.t;
  const { texts, services, links = {} } = store.config;
  /** The labels of `ids`, joined with commas: the site's, else the built-in ones, else the id. */
  const labels = (ids: string[]) =>
    ids
      .filter(Boolean)
      .map(
        (id) =>
          (Object.hasOwn(texts, id) && texts[id]![0]) ||
          (Object.hasOwn(t.categories, id) && t.categories[id]![0]) ||
          id,
      )
      .join(', ');
  const own = service && Object.hasOwn(services, service) ? services[service]! : '';
  // The gate's other purposes, besides the partner's own (granting that would grant all its partners).
  const others = v.purposes.filter((p) => p && p !== own);
  const purposes = labels([...new Set([own, ...v.purposes])]);
  const fill = (text: string, label = service ? labels([service]) : purposes) =>
    text.replace(/\{label\}/g, () => label).replace('{purpose}', () => purposes);
  const link = service && Object.hasOwn(links, service) && links[service];
  return html`<div part="placeholder" lang=${v.lang}>
    <p><strong>${fill(t.gateTitle)}</strong></p>
    <p>${fill(service ? t.gateServiceText : t.gateText)}</p>
    ${link ? html`<p><a href=${link}>${fill(t.vendorPrivacy)}</a></p>` : nothing}
    ${
      v.known
        ? html`<div class="actions">
            <button
              class="btn"
              part="allow-button"
              @click=${() => store.decide(Object.fromEntries((service ? [service, ...others] : v.purposes).map((k) => [k, true])), 'gate')}
            >
              ${fill(service ? t.gateAllowService : t.gateAllow)}
            </button>
            <button class="btn" part="settings-button" @click=${() => store.banner?.showPreferences()}>
              ${t.settings}
            </button>
          </div>`
        : nothing
    }
  </div>`;
}

/** Adopted by each gate's shadow root next to the shared sheet at its first placeholder. */
const styles = `[part='placeholder'] {
  padding: 1rem;
  border: 1px dashed var(--_muted);
  border-radius: var(--_radius);
  background: var(--_bg);
}`;
