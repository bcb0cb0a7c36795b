/*
 * The set-up check a site owner asks for with `<consent-banner lint>`: it reads the page and the
 * banner as a visitor gets them and says in the console what would make the banner unfair,
 * inaccessible or leaky (the checks are in ../shared/REGULATION.md's terms: LIB-6, EU-1, EU-6,
 * FR-2, EDPB-4/5/8, A11Y-5/6, TCF-1). A module of its own (dist/lint.js), fetched only with the
 * attribute, when the browser is idle; like the other lazy modules it imports nothing from the
 * bundle.
 */
import type { Warn } from './core/types.js';

/** What the check reads of the banner. */
export interface Linted extends HTMLElement {
  reopen: string;
  privacyUrl?: string;
  consent: { categories: Record<string, boolean> };
}

/**
 * Hosts of widespread trackers and embeds that set cookies or read the device (the registrable
 * domain; subdomains match). A script, frame or pixel of theirs that is not gated runs before consent.
 */
const TRACKERS = (
  'googletagmanager.com google-analytics.com doubleclick.net googlesyndication.com googleadservices.com ' +
  'facebook.net facebook.com instagram.com twitter.com x.com linkedin.com licdn.com tiktok.com ' +
  'hotjar.com clarity.ms bing.com youtube.com vimeo.com dailymotion.com disqus.com addthis.com ' +
  'sharethis.com criteo.com taboola.com outbrain.com'
).split(' ');

/** Styles that must be the same on every choice button: any difference makes one more prominent. */
const SAME = [
  'background-color',
  'color',
  'border-top-color',
  'border-top-width',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-decoration-line',
  'text-transform',
  'opacity',
  'padding-top',
  'padding-left',
] as const;

let pixel: CanvasRenderingContext2D | null | undefined;
/**
 * [r, g, b] of an opaque colour in any CSS syntax the browser knows (computed styles may give
 * `oklch()`, `color(srgb …)` …: a 1 × 1 canvas turns it into sRGB); undefined for any transparency.
 */
function rgb(color: string): number[] | undefined {
  pixel ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!pixel) return undefined;
  pixel.clearRect(0, 0, 1, 1);
  pixel.fillStyle = '#0000';
  pixel.fillStyle = color;
  pixel.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = pixel.getImageData(0, 0, 1, 1).data;
  return a === 255 ? [r!, g!, b!] : undefined;
}

/** Whether `selector` matches in `root` or any shadow root inside it (open ones: closed are out of reach). */
function deepHas(root: ParentNode, selector: string): boolean {
  return (
    !!root.querySelector(selector) ||
    [...root.querySelectorAll('*')].some((el) => el.shadowRoot && deepHas(el.shadowRoot, selector))
  );
}

/** WCAG's contrast ratio of two opaque colours. */
function contrast(a: number[], b: number[]): number {
  const luminance = (c: number[]) =>
    c
      .map((v) => v / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The first opaque background behind `el`, up through its ancestors and shadow hosts. */
function background(el: Element): number[] {
  for (let node: Element | null = el; node; node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host) {
    const color = rgb(getComputedStyle(node).backgroundColor);
    if (color) return color;
  }
  return [255, 255, 255]; // the canvas
}

/** Runs every check once and warns about each problem found; returns the messages, for tests. */
export function lint(banner: Linted, warn: Warn): string[] {
  const found: string[] = [];
  const say = (message: string) => {
    found.push(message);
    warn(`lint: ${message}`);
  };

  // Withdrawal as easy as consent (GDPR art. 7(3), EDPB taskforce §32–35).
  if (banner.reopen === 'none' && !deepHas(document, '[data-consent-open]')) {
    say(
      'reopen="none" and no [data-consent-open] element on the page: once they have chosen, visitors cannot change their mind',
    );
  }
  if (!banner.privacyUrl?.trim()) say('no privacy-url: the banner links to no privacy policy');

  // Only audience measurement can be exempt from consent, on the CNIL's conditions (FR-14).
  for (const el of banner.querySelectorAll(':scope > consent-category[exempt]:not([name="audience"])'))
    say(
      `<consent-category name="${el.getAttribute('name')}" exempt>: only audience measurement (audience) can be exempt from consent, on the CNIL's conditions`,
    );

  // Another consent tool on the page would ask twice and disagree.
  if ('__tcfapi' in window || '__gpp' in window) say('another consent tool (__tcfapi or __gpp) is on the page');

  // Nothing known to track runs before consent (EU-1): scripts, frames and pixels that are not gated, or
  // gated as `necessary`, which is always granted (EU-9). Once something is granted in this
  // browser, a gated script (GTM's snippet) may have added one without data-consent: the check
  // cannot tell, and says so rather than accuse the page.
  const granted = Object.entries(banner.consent.categories).some(([id, on]) => on && id !== 'necessary');
  for (const el of document.querySelectorAll<HTMLScriptElement | HTMLIFrameElement | HTMLImageElement>(
    'script[src], iframe[src], img[src]',
  )) {
    const gate = el.closest<HTMLElement>('[data-consent], consent-gate');
    const ids = gate
      ?.getAttribute(gate.localName === 'consent-gate' ? 'category' : 'data-consent')
      ?.trim()
      .split(/\s+/);
    const necessary = ids?.[0] === 'necessary' && ids.every((id) => id === 'necessary');
    if (gate && !necessary) continue;
    // An inert gated script runs with the type it is given on activation, its data-type.
    if (el instanceof HTMLScriptElement) {
      const type = gate && el.type === 'text/plain' ? el.dataset.type || '' : el.type;
      if (!/^$|javascript|ecmascript|module/i.test(type)) continue;
    }
    let host: string;
    try {
      host = new URL(el.src).hostname;
    } catch {
      continue;
    }
    if (!TRACKERS.some((domain) => host === domain || host.endsWith(`.${domain}`))) continue;
    const tag = `<${el.localName} src="${el.src}">`;
    if (necessary) {
      say(
        `${tag} is gated as "necessary", which needs no consent and always runs: gate it under the purpose it serves`,
      );
    } else if (granted) {
      say(
        `${tag} is not gated, or a gated script added it since something is granted in this browser: check again with nothing granted (a private window)`,
      );
    } else say(`${tag} loads without consent: gate it (data-consent, or inside a <consent-gate>)`);
  }

  // A <consent-gate>'s template is inert in the page, but not to Firefox's speculative parser, which
  // fetches the images and style sheets inside it while the page loads (Mozilla bug 1441044).
  for (const gate of document.querySelectorAll('consent-gate')) {
    const live = gate
      .querySelector<HTMLTemplateElement>(':scope > template')
      ?.content.querySelector('[src], [srcset], link[href]');
    if (live)
      say(
        `<consent-gate category="${gate.getAttribute('category')}"> holds <${live.localName}> with a live URL, which a browser may fetch before consent (Firefox fetches a template's images and style sheets): write data-src, data-srcset or data-href (and type="text/plain" on scripts)`,
      );
  }

  // A gated embed outside a <consent-gate> is a blank box until consent: nothing tells the visitor
  // what it is, why it is blocked, or how to allow it (issue 19). The gate's placeholder does.
  for (const frame of document.querySelectorAll('iframe[data-src][data-consent]'))
    if (!frame.closest('consent-gate'))
      say(
        `<iframe data-src="${frame.getAttribute('data-src')}" data-consent="${frame.getAttribute('data-consent')}"> shows an empty box until consent: put it in a <consent-gate> template, whose placeholder names the purpose and offers to allow it`,
      );

  // The first layer, when it shows: its choices look the same (CNIL, EDPB §16–18), can be read
  // (WCAG 1.4.3) and hit (WCAG 2.5.8).
  const root = banner.shadowRoot!;
  const layer = root.querySelector<HTMLElement>('.banner');
  if (!layer?.checkVisibility()) return found;
  const buttons = ['accept-button', 'refuse-button', 'settings-button']
    .map((part) => root.querySelector<HTMLElement>(`[part="${part}"]`))
    .filter((b): b is HTMLElement => !!b);
  const [accept, ...others] = buttons;
  const name = (b: HTMLElement) => `"${b.textContent!.trim()}"`;
  /**
   * Compares `other` with "accept all". A pointer over one of them, or focus on it, may style it
   * for that state: the comparison then waits until the pointer or focus has left.
   */
  const compare = (other: HTMLElement): void => {
    const busy = [accept!, other].find((el) => el.matches(':hover, :focus, :active'));
    if (busy) {
      const again = () => {
        busy.removeEventListener('pointerleave', again);
        busy.removeEventListener('focusout', again);
        setTimeout(() => compare(other));
      };
      busy.addEventListener('pointerleave', again);
      busy.addEventListener('focusout', again);
      return;
    }
    const a = getComputedStyle(accept!);
    const b = getComputedStyle(other);
    const differ = SAME.filter((p) => a.getPropertyValue(p) !== b.getPropertyValue(p)).map(
      (p) => `${p} ${a.getPropertyValue(p)} / ${b.getPropertyValue(p)}`,
    );
    if (Math.abs(accept!.offsetHeight - other.offsetHeight) > 2) {
      differ.push(`height ${accept!.offsetHeight}px / ${other.offsetHeight}px`);
    }
    if (differ.length) {
      say(
        `${name(accept!)} and ${name(other)} look different (${differ.join('; ')}): refusing must look exactly as easy as accepting`,
      );
    }
  };
  for (const other of others) {
    if (other.checkVisibility()) compare(other);
    else say(`${name(other)} is not visible: every choice must be as visible as ${name(accept!)}`);
  }
  for (const el of [...buttons, root.querySelector<HTMLElement>('[part="continue-button"]')!, layer]) {
    if (!el?.checkVisibility()) continue;
    const style = getComputedStyle(el);
    const fg = rgb(style.color);
    const bg = background(el);
    const ratio = fg && bg ? contrast(fg, bg) : undefined;
    const what = el === layer ? 'the banner’s text' : name(el);
    if (ratio !== undefined && ratio < 4.5) say(`${what} has a contrast of ${ratio.toFixed(1)}:1, under 4.5:1`);
    const { width, height } = el.getBoundingClientRect();
    if (el !== layer && (width < 24 || height < 24)) {
      say(`${what} is ${Math.round(width)}×${Math.round(height)} px, under 24×24 px to tap`);
    }
  }
  return found;
}
