import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { lint } from '../../src/lint.js';
import type { ConsentBanner } from '../../src/index.js';
import { mount, seed } from './helpers.js';

const extras: Element[] = [];
/** Adds markup to the page for one test (parsed by DOMParser: its scripts neither run nor load). */
function addToPage(markup: string): void {
  const holder = document.createElement('div');
  const parsed = new DOMParser().parseFromString(markup, 'text/html');
  holder.append(...parsed.head.childNodes, ...parsed.body.childNodes);
  document.body.append(holder);
  extras.push(holder);
}
afterEach(async () => {
  for (const el of extras.splice(0)) el.remove();
  delete (window as { __tcfapi?: unknown }).__tcfapi;
  await commands.emulateMedia({ colorScheme: null });
});

/** Puts the pointer in the page's top-left corner, away from any banner (an earlier test may have left it over one). */
async function movePointerAway(): Promise<void> {
  const corner = document.createElement('div');
  corner.style.cssText = 'position: fixed; top: 0; left: 0; width: 4px; height: 4px';
  document.body.append(corner);
  await userEvent.hover(corner);
  corner.remove();
}
beforeEach(movePointerAway);

const fair = (attrs = '') =>
  mount(
    `<consent-banner lang="fr" categories="audience social" privacy-url="/confidentialite" ${attrs}></consent-banner>`,
  );

/** What the check says of `el` now. */
const check = (el: ConsentBanner) => lint(el, () => {});

describe('<consent-banner lint>', () => {
  it('checks once the browser is idle and says what it found in the console', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await mount('<consent-banner lang="fr" categories="social" lint></consent-banner>');
    await vi.waitUntil(() => warn.mock.calls.length > 0, { timeout: 3000 });
    expect(warn.mock.calls.map(([m]) => m)).toEqual([
      'consent-banner: lint: no privacy-url: the banner links to no privacy policy',
    ]);
  });

  it('says nothing without the attribute', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await mount('<consent-banner lang="fr" categories="social"></consent-banner>');
    // The lint runs when the browser is idle: requestIdleCallback, or a timeout where there is none (Safari).
    await new Promise((resolve) => (self.requestIdleCallback ?? setTimeout)(() => setTimeout(resolve, 100)));
    expect(warn).not.toHaveBeenCalled();
  });

  for (const layout of ['bar', 'box', 'modal']) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`finds nothing wrong with the default ${layout} in ${scheme}`, async () => {
        await commands.emulateMedia({ colorScheme: scheme });
        expect(check(await fair(`layout="${layout}"`))).toEqual([]);
      });
    }
  }

  it('asks for a way back when there is no reopen button and no data-consent-open link', async () => {
    const el = await fair('reopen="none"');
    expect(check(el)).toEqual([
      'reopen="none" and no [data-consent-open] element on the page: once they have chosen, visitors cannot change their mind',
    ]);
    addToPage('<a href="#" data-consent-open>Cookies</a>');
    expect(check(el)).toEqual([]);
  });

  it('steers a gated embed outside a <consent-gate> into one: a blank box says nothing to the visitor (issue 19, item 5)', async () => {
    const el = await fair();
    addToPage(
      '<iframe data-src="https://www.youtube-nocookie.com/embed/x" data-consent="social" title="Vidéo"></iframe>',
    );
    expect(check(el)).toEqual([
      '<iframe data-src="https://www.youtube-nocookie.com/embed/x" data-consent="social"> shows an empty box until consent: put it in a <consent-gate> template, whose placeholder names the purpose and offers to allow it',
    ]);
    // Inside a gate's template the frame is the gate's content, with its placeholder: nothing to say.
    for (const el of extras.splice(0)) el.remove();
    addToPage(
      '<consent-gate category="social"><template><iframe data-src="https://www.youtube-nocookie.com/embed/x" title="Vidéo"></iframe></template></consent-gate>',
    );
    expect(check(el)).toEqual([]);
  });

  it('finds a data-consent-open link inside another component’s shadow root, as the banner does', async () => {
    const el = await fair('reopen="none"');
    const footer = document.createElement('div');
    const link = document.createElement('a');
    link.href = '#';
    link.setAttribute('data-consent-open', '');
    link.textContent = 'Cookies';
    footer.attachShadow({ mode: 'open' }).append(link);
    document.body.append(footer);
    extras.push(footer);
    expect(check(el)).toEqual([]);
  });

  it('names a known tracker’s script or pixel that loads without consent, not one that is gated nor the page’s own scripts', async () => {
    addToPage(`
      <script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>
      <script type="text/plain" data-consent="audience" src="https://www.google-analytics.com/analytics.js"></script>
      <consent-gate category="social"><template><iframe data-src="https://www.youtube.com/embed/x"></iframe></template></consent-gate>
      <iframe data-consent="social" data-src="https://player.vimeo.com/video/1"></iframe>
      <script src="/local.js"></script>
      <script type="application/ld+json" src="https://connect.facebook.net/data.json"></script>
      <img src="https://www.facebook.com/tr?id=1&ev=PageView" alt="" loading="lazy" style="position: absolute; top: 10000px">
      <img data-consent="audience" data-src="https://bat.bing.com/action/0" alt="">`);
    expect(check(await fair())).toEqual([
      '<script src="https://www.googletagmanager.com/gtag/js?id=G-1"> loads without consent: gate it (data-consent, or inside a <consent-gate>)',
      '<img src="https://www.facebook.com/tr?id=1&ev=PageView"> loads without consent: gate it (data-consent, or inside a <consent-gate>)',
      // Gated, so it loads nothing; but a bare gated frame is a blank box (issue 19, item 5).
      '<iframe data-src="https://player.vimeo.com/video/1" data-consent="social"> shows an empty box until consent: put it in a <consent-gate> template, whose placeholder names the purpose and offers to allow it',
    ]);
  });

  it('names a <consent-gate> whose template holds a live URL, which a browser may fetch before consent (EU-1)', async () => {
    addToPage(`
      <consent-gate category="social"><template><img src="/avatar.png" alt="" /></template></consent-gate>
      <consent-gate category="audience"><template><img data-src="/avatar.png" alt="" /></template></consent-gate>`);
    expect(check(await fair())).toEqual([
      `<consent-gate category="social"> holds <img> with a live URL, which a browser may fetch before consent (Firefox fetches a template's images and style sheets): write data-src, data-srcset or data-href (and type="text/plain" on scripts)`,
    ]);
  });

  it('names a known tracker gated as necessary, which is always granted (EU-9)', async () => {
    addToPage(`
      <script type="text/plain" data-consent="necessary" src="https://www.googletagmanager.com/gtm.js?id=GTM-1"></script>
      <consent-gate category="necessary"><script src="https://connect.facebook.net/sdk.js"></script></consent-gate>`);
    const why = 'is gated as "necessary", which needs no consent and always runs: gate it under the purpose it serves';
    expect(check(await fair())).toEqual([
      `<script src="https://www.googletagmanager.com/gtm.js?id=GTM-1"> ${why}`,
      `<script src="https://connect.facebook.net/sdk.js"> ${why}`,
    ]);
  });

  it('does not blame the page for a tracker that a gated script may have added, once something is granted here', async () => {
    // A gated GTM snippet, once granted, adds gtm.js without data-consent: the check cannot tell it
    // from an ungated one, so it says so rather than "loads without consent".
    seed({ necessary: true, audience: true, social: false });
    addToPage('<script src="https://www.googletagmanager.com/gtm.js?id=GTM-1"></script>');
    expect(check(await fair())).toEqual([
      '<script src="https://www.googletagmanager.com/gtm.js?id=GTM-1"> is not gated, or a gated script added it since something is granted in this browser: check again with nothing granted (a private window)',
    ]);
  });

  it('waits for the banner’s texts before checking it, in a language whose module loads', async () => {
    await commands.delayRequests('/i18n/de\\.ts', 1000);
    onTestFinished(() => commands.undelayRequests('/i18n/de\\.ts'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    addToPage('<style>consent-banner::part(refuse-button) { opacity: 0.6; }</style>');
    await mount('<consent-banner lang="de" categories="social" privacy-url="/datenschutz" lint></consent-banner>');
    await vi.waitUntil(() => warn.mock.calls.length > 0, { timeout: 4000 });
    expect(String(warn.mock.calls[0]![0])).toMatch(
      /^consent-banner: lint: "Alle akzeptieren" and "Alle ablehnen" look different \(opacity 1 \/ 0\.6\)/,
    );
  });

  it('catches site styles that make refusing less prominent than accepting', async () => {
    addToPage(`<style>
      consent-banner::part(refuse-button) { opacity: 0.6; font-weight: 400; }
    </style>`);
    const found = check(await fair());
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^"Tout accepter" and "Tout refuser" look different \(font-weight 600 \/ 400; opacity 1 \/ 0\.6\)/,
    );
  });

  it('catches a choice hidden by site styles', async () => {
    addToPage('<style>consent-banner::part(settings-button) { display: none; }</style>');
    expect(check(await fair())).toEqual([
      '"Paramétrer vos choix" is not visible: every choice must be as visible as "Tout accepter"',
    ]);
  });

  it('catches a theme whose buttons cannot be read, and targets too small to tap', async () => {
    addToPage(`<style>
      consent-banner { --consent-accent: #9cc0ff; }
      consent-banner::part(continue-button) { font-size: 8px; line-height: 1; min-height: 0; padding: 0; }
    </style>`);
    const found = check(await fair());
    expect(found).toContain('"Tout accepter" has a contrast of 1.8:1, under 4.5:1');
    expect(found).toContain('"Tout refuser" has a contrast of 1.8:1, under 4.5:1');
    expect(found.some((m) => /^"Continuer sans accepter" is \d+×\d+ px, under 24×24 px to tap$/.test(m))).toBe(true);
  });

  it('reads colours in any CSS syntax: an oklch() theme that cannot be read is caught', async () => {
    addToPage('<style>consent-banner { --consent-accent: oklch(0.85 0.05 250); }</style>');
    const found = check(await fair());
    // White on a light oklch() blue: 1.6:1, measured on the colour itself (not the banner's white behind it).
    expect(found).toEqual([
      '"Tout accepter" has a contrast of 1.6:1, under 4.5:1',
      '"Tout refuser" has a contrast of 1.6:1, under 4.5:1',
      '"Paramétrer vos choix" has a contrast of 1.6:1, under 4.5:1',
    ]);
  });

  it('compares a button the pointer is over once the pointer has left: its hover style is not a difference', async () => {
    addToPage(`<style>
      consent-banner::part(refuse-button):hover { background: black; }
      consent-banner::part(settings-button) { opacity: 0.6; }
    </style>`);
    const el = await fair();
    const button = (part: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${part}"]`)!;
    const said: string[] = [];
    await userEvent.hover(button('settings-button'));
    // The refuse button is compared at once (equal); the one under the pointer waits.
    expect(lint(el, (m) => said.push(m))).toEqual([]);
    // The pointer moves onto the refuse button, styled black on hover: that is no difference.
    await userEvent.hover(button('refuse-button'));
    await vi.waitUntil(() => said.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(said).toEqual([
      'lint: "Tout accepter" and "Paramétrer vos choix" look different (opacity 1 / 0.6): refusing must look exactly as easy as accepting',
    ]);
  });

  it('notices another consent tool on the page', async () => {
    (window as { __tcfapi?: unknown }).__tcfapi = () => {};
    expect(check(await fair())).toEqual(['another consent tool (__tcfapi or __gpp) is on the page']);
  });

  it('checks the first layer only when it shows', async () => {
    seed({ necessary: true, audience: false, social: false });
    addToPage('<style>consent-banner::part(refuse-button) { opacity: 0.6; }</style>');
    const el = await fair();
    expect(check(el)).toEqual([]);
    el.showBanner();
    await el.updateComplete;
    expect(check(el)).toHaveLength(1);
  });
});
