/*
 * The gating: activation of `[data-consent]` scripts and embeds, the order of scripts, late content,
 * cookie clean-up. Split off the bundle (./load.ts imports it when something needs it): a visitor
 * who has granted nothing has nothing to activate. Like the preferences module it imports nothing
 * from the bundle at run time (the store comes as an argument), so that it never pulls in a second
 * copy of the bundle.
 */
import type { ConsentStore } from '../core/store.js';
import type { TrustedTypePolicyLike } from '../core/trusted-types.js';
import { cookieMatcher, deleteCookies } from './cookies.js';

const GATED = '[data-consent]';

/** Elements activated in this page view, and the scripts made for them: never again, whatever the visitor toggles. */
const done = new WeakSet<Element>();

/** Scripts waiting to run, in the order they were activated, each with the check of its consent and, for a gate's, the gate. */
const queue: [HTMLScriptElement, () => unknown, Element?][] = [];
/** A `<consent-gate>`'s scripts that a withdrawal dropped from the queue, in order: they run at its next stamp(). */
const dropped = new WeakMap<Element, HTMLScriptElement[]>();
/** Whether an external script is loading: the next ones wait for it. */
let waiting = false;

type TrustedTypes = {
  getAttributeType(tag: string, attribute: string): string | null;
  createPolicy(name: string, rules: object): TrustedTypePolicyLike;
};
const trustedTypes = (globalThis as { trustedTypes?: TrustedTypes }).trustedTypes;
/** The `consent-banner` policy (../core/trusted-types.ts), handed over by startGating(). */
let policy: TrustedTypePolicyLike | undefined;
const same = (value: string) => value;
/** Whether the missing policy was said (once). */
let said = 0;

/**
 * `value` as the Trusted Type `type` (`TrustedScript`, `TrustedScriptURL`) where the browser has
 * Trusted Types, else as it is. Under `require-trusted-types-for 'script'` a script's text and URL
 * must be trusted values; what is activated is the page's own markup, which the site owner wrote
 * and holds back until consent, so the policy passes it on unchanged. The page's CSP must allow
 * the policy: `trusted-types consent-banner` (README, "Content-Security-Policy").
 */
function trusted(value: string, type: string | null | undefined): string {
  if (!trustedTypes || !type) return value;
  if (!policy && !said++)
    console.warn(
      'consent-banner: the CSP does not allow the Trusted Types policy "consent-banner"; add it to trusted-types if gated scripts are blocked',
    );
  return (policy?.[type.replace('Trusted', 'create') as 'createScript']?.(value) as string) ?? value;
}

/** Runs the queued scripts in order; after an external one, the rest wait for its load or error event. */
function pump(): void {
  while (!waiting && queue.length) {
    const [old, allowed, gate] = queue.shift()!;
    // Consent withdrawn while it waited behind a slow external script: it does not run now but at
    // the next grant: a `data-consent` script is found again by the scan, a gate's is kept for it.
    if (!allowed()) {
      done.delete(old);
      if (gate) dropped.set(gate, [...(dropped.get(gate) ?? []), old]);
      continue;
    }
    try {
      const s = document.createElement('script');
      for (const a of old.attributes)
        s.setAttribute(a.name, trusted(a.value, trustedTypes?.getAttributeType('script', a.name)));
      s.nonce = old.nonce;
      s.type = old.dataset.type || '';
      s.async = old.hasAttribute('async');
      s.textContent = trusted(old.textContent ?? '', 'TrustedScript');
      done.add(s);
      old.replaceWith(s);
      if ((waiting = s.isConnected && !!s.src && !s.async)) {
        const next = () => {
          waiting = false;
          pump();
        };
        s.addEventListener('load', next);
        s.addEventListener('error', next);
      }
    } catch (error) {
      // A script that cannot be activated must not hold back the others.
      console.error(error);
    }
  }
}

/**
 * Runs an inert script: a new `<script>` with the same attributes, the nonce copied through the
 * property (the attribute reads empty once the browser hides it), the type taken from `data-type`
 * (else classic) and the inline code copied as text, replaces it. Scripts run in the order they are
 * activated: an external one holds the next until it has loaded or failed. Never evaluates a string.
 */
function runScript(old: HTMLScriptElement, allowed: () => unknown, gate?: Element): void {
  done.add(old);
  queue.push([old, allowed, gate]);
  pump();
}

/** A `<consent-gate>`, as the gating sees it: `needs` is its purposes and partner, space-separated. */
type Gate = Element & { needs: string };

/** How a gate is written, for a message: `<consent-gate category="social" service="youtube"`. */
const named = (gate: Gate) =>
  '<consent-gate' +
  ['category', 'service'].map((a) => (gate.getAttribute(a)?.trim() ? ` ${a}="${gate.getAttribute(a)}"` : '')).join('');

/** The ids of `gate`'s purposes that `store` does not know: no banner with its storage key configures them. */
const unknown = (gate: Gate, store: ConsentStore) =>
  gate.needs.split(/\s+/).filter((id) => store.allows(id, '') === undefined);

/**
 * Tells the site owner why `gate` stays blocked when, 3 s after the page has loaded (a banner later
 * in the page has been upgraded by then, and one a tag manager adds after `load` has most often
 * arrived), no `<consent-banner>` with its storage key configures its purposes: the gate shows no
 * button then, since none could do anything. Once per message.
 */
function explain(gate: Gate, store: ConsentStore): void {
  if (document.readyState !== 'complete')
    return void addEventListener('load', () => explain(gate, store), { once: true });
  setTimeout(() => {
    const missing = unknown(gate, store);
    if (!gate.isConnected || !missing.length) return;
    const banner = !!store.banner;
    store.warn(
      `${named(gate)} storage-key="${store.key}"> stays blocked: ` +
        (banner
          ? `the <consent-banner storage-key="${store.key}"> does not list "${missing.join('", "')}" in its categories`
          : `no <consent-banner> on the page has storage-key="${store.key}"`),
    );
  }, 3000);
}

/** What a template must not hold: a live URL, which Firefox fetches as the page loads (its speculative parser reads templates). */
const LIVE_URL = 'script[src], [src], [srcset], link[href]';
/** What stamping activates in a template's content: scripts, held URLs, and content with a purpose of its own. */
const STAMPED = 'script, [data-src], [data-srcset], [data-href], [data-consent]';

/**
 * Puts a `<consent-gate>`'s template content in its place, once, and runs its scripts in order —
 * if `store` still grants its purposes when this runs (the module may have arrived after a
 * withdrawal) and the gate is in the page (one out of it, moved by a framework, stamps when it is
 * back and renders). The gate calls it at each render that does not find its purposes refused:
 * once its content is in place, this runs, once and in order, the scripts a withdrawal dropped
 * while they waited for their turn; while the store does not know a purpose, it explains why.
 *
 * The content is inert until then, in every browser: URLs wait in `data-src`, `data-srcset` and
 * `data-href`, scripts are `type="text/plain"` (a runnable one is made so before it is put in the
 * page, and said to be unsafe). What has a `data-consent` of its own needs that purpose as well as
 * the gate's, from now on: its `data-consent` gets the gate's ids and its `data-consent-key` the
 * gate's storage key, so that every later scan of the page holds it to both.
 */
export function stamp(gate: Gate, store: ConsentStore): void {
  if (!gate.isConnected) return;
  if (unknown(gate, store).length) return explain(gate, store);
  const granted = () => store.allows(gate.needs, 'category');
  if (!granted()) return;
  const scripts = dropped.get(gate) ?? [];
  dropped.delete(gate);
  for (const s of scripts) runScript(s, granted, gate);
  const template = gate.querySelector<HTMLTemplateElement>(':scope > template');
  if (!template) return;
  const content = document.importNode(template.content, true);
  const live = content.querySelector(LIVE_URL);
  if (live)
    store.warn(
      `${named(gate)}>: its template holds <${live.localName} ${live.hasAttribute('href') ? 'href' : 'src'}="…">, ` +
        'a live URL that a browser may fetch as the page loads, before consent (Firefox fetches a template\'s images and style sheets): write data-src, data-srcset, data-href, and type="text/plain" on scripts (README, "<consent-gate>")',
    );
  const gateIds = gate.needs.split(/\s+/);
  const stamped = [...content.querySelectorAll(STAMPED)];
  for (const el of stamped) {
    if (el.localName === 'script') {
      // Its text set again through the policy: a parsed text, cloned, is not trusted, and putting it
      // in the page would be reported as a Trusted Types violation (issue 16).
      el.textContent = trusted(el.textContent ?? '', 'TrustedScript');
      // A runnable script would run as it is put in the page: before its own consent, and out of order.
      if ((el as HTMLScriptElement).type !== 'text/plain') {
        el.setAttribute('data-type', (el as HTMLScriptElement).type);
        (el as HTMLScriptElement).type = 'text/plain';
      }
    }
    const own = el.getAttribute('data-consent');
    if (own != null) {
      el.setAttribute('data-consent', [...new Set([...gateIds, ...own.trim().split(/\s+/)])].join(' '));
      if (!el.hasAttribute('data-consent-key')) el.setAttribute('data-consent-key', store.key);
    }
  }
  template.replaceWith(content);
  // In the page now (a script runs, and an external one holds the next, only once connected), in document order.
  for (const el of stamped) {
    if (!el.hasAttribute('data-consent')) activate(el, granted, gate);
    else {
      const allowed = () => allowedOnPage(el, store);
      if (!done.has(el) && allowed()) activate(el, allowed);
    }
  }
}

/**
 * Whether `el` may act now, as the page's consent has it. With `data-consent-key` it follows the
 * store of that key alone (none: blocked, said once). Without, each of its ids needs every store
 * that lists it and has a banner in the page — with two banners that both list a purpose, both
 * must grant it, said once — or, once no such banner is in the page, the store that lists it here
 * (its banner took the decision and left). `necessary` is always granted. Undefined while no store
 * configures an id.
 */
export function allowedOnPage(el: Element, store: ConsentStore): boolean | undefined {
  const value = el.getAttribute('data-consent');
  const owner = el.getAttribute('data-consent-key');
  const peers = [...store.peers];
  if (owner !== null) {
    const keyed = peers.find((peer) => peer.key === owner);
    if (keyed) return keyed.allows(value, 'data-consent');
    return void store.warn(`data-consent-key="${owner}" names no <consent-banner> storage-key; content stays blocked`);
  }
  let granted = true;
  for (const id of (value ?? '').trim().split(/\s+/)) {
    if (id === 'necessary') continue;
    const lists = (peer: ConsentStore) => peer.config.ids.includes(id) || Object.hasOwn(peer.config.services, id);
    let listing = peers.filter((peer) => peer.banner && lists(peer));
    if (!listing.length && lists(store)) listing = [store];
    // No store lists it: this one says so, naming the attribute.
    if (!listing.length) return store.allows(value, 'data-consent');
    if (listing[1])
      store.warn(
        `data-consent="${value}": "${id}" is listed by the banners with storage-key "${listing.map((p) => p.key).join('" and "')}", ` +
          'so it acts only once all of them grant it; add data-consent-key="…" to say which banner it follows',
      );
    granted &&= listing.every((peer) => peer.allows(id, ''));
  }
  return granted;
}

/**
 * Activates a gated element: runs a `type="text/plain"` script (if `allowed()` still holds when its
 * turn comes), gives an embed its `src`/`srcset` and a `<link>` its `href` from their `data-` twins.
 */
function activate(el: Element, allowed: () => unknown, gate?: Element): void {
  done.add(el);
  if (el.localName === 'script') {
    if ((el as HTMLScriptElement).type === 'text/plain') runScript(el as HTMLScriptElement, allowed, gate);
    return;
  }
  for (const a of ['src', 'srcset', 'href']) {
    const value = el.getAttribute('data-' + a);
    if (value != null) el.setAttribute(a, trusted(value, trustedTypes?.getAttributeType(el.localName, a)));
  }
  // A <source> is only read when its <video>/<audio> loads.
  if (el.localName === 'source') (el.parentNode as HTMLMediaElement | null)?.load?.();
}

/** A running gating: `sync` acts on the store's current state (after each change). It runs for the page's life (load.ts, gatePage). */
export interface Gating {
  sync(): void;
}

/**
 * Gates the page's `[data-consent]` scripts and embeds on a store: activates those granted now
 * (a returning visitor's, and those gated on `necessary`) at once, those granted at each later
 * `sync`, and those added to the page later. An element follows the store its `data-consent-key`
 * names, else every store of the page that lists its purposes (ConsentStore.allowsOnPage). When a
 * purpose is refused, deletes the cookies the store's `cookies` rule for it lists. The caller
 * calls `sync` from its store listener, so that it decides the order listeners run in, and says
 * through `held` when the gating must wait (Google Consent Mode's module is on its way, load.ts):
 * late content waits for the next `sync` then.
 */
export function startGating(store: ConsentStore, held: () => boolean, trustedPolicy?: TrustedTypePolicyLike): Gating {
  // The bundle's policy, which its Lit uses too; the library build, whose Lit has its own, makes it here.
  if (!policy)
    try {
      policy =
        trustedPolicy ?? trustedTypes?.createPolicy('consent-banner', { createScript: same, createScriptURL: same });
    } catch {
      // Not allowed by the page's CSP: trusted() says so when it is needed.
    }
  const scan = () => {
    for (const el of document.querySelectorAll(GATED)) {
      const allowed = () => allowedOnPage(el, store);
      if (!done.has(el) && allowed()) activate(el, allowed);
    }
  };
  // Late content. One native scan of the document per batch of mutations costs less than reading the
  // batch's records: about 0.07 ms on a page of 60,000 elements, against 7 ms for 10,000 records.
  const observer = new MutationObserver(() => held() || scan());
  const sync = () => {
    scan();
    const { categories, services } = store.state;
    // Late content can only run at once while an optional purpose is granted, or on a page that
    // gates content on `necessary`; until then the scan of the next grant finds it, and pages that
    // add many nodes pay nothing for the observer.
    if (store.grantsOptional || document.querySelector('[data-consent~="necessary"]'))
      observer.observe(document, { childList: true, subtree: true });
    else observer.disconnect();
    // A refused purpose's cookies go at once, and at load too: a returning visitor who refused, or
    // whose consent expired, keeps none left from before.
    for (const [id, rule] of Object.entries(store.config.cookies)) {
      if (categories[id] === false || services?.[id] === false) deleteCookies(cookieMatcher(rule, store.warn));
    }
  };
  sync();
  return { sync };
}
