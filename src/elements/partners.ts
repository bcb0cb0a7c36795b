/*
 * What the partners (`<consent-service>`) of a banner say beyond their ids — label, description,
 * privacy policy, cookies, Consent Mode types — with the catalogue's fields for a partner without a
 * label (../integrations/catalogue.ts, imported then). Split off the bundle: only banners that
 * declare partners fetch it (./banner-setup.ts), and only the preferences, a `<consent-gate
 * service>`, the gating's clean-up and Consent Mode need it, all of which come later. Like the
 * other lazy chunks it imports nothing from the bundle at run time (`safeUrl` is handed over).
 */
import type { Partners } from '../core/partners.js';
import type { Warn } from '../core/types.js';
import type { CatalogueEntry } from '../integrations/catalogue.js';

/** The catalogue, once it has arrived. */
let known: Record<string, CatalogueEntry> | undefined;
let loading: Promise<unknown> | undefined;

/** The maps of the store's set-up that the partners add to (the purposes' are there already). */
export interface PartnerDetails {
  texts: Record<string, [label: string, description: string]>;
  cookies: Record<string, string>;
  gcm: Record<string, string[]>;
}

/**
 * Reads the details of `partners` (the valid ones, as the banner's set-up checked them) from the
 * `<consent-service>` children of `banner`'s `<consent-category>` children; the first element of
 * an id counts. A partner without `label` takes the catalogue's label, privacy URL, cookies and
 * Consent Mode types, each unless its own attribute gives it; the catalogue is imported on first
 * need, and `arrived` runs when it is here, for the set-up to be read again. Labels and
 * descriptions, cookies and Consent Mode types go into `read`, beside the purposes'; returns the
 * partners' privacy links.
 */
export function partnerDetails(
  banner: Element,
  partners: Partners,
  read: PartnerDetails,
  safeUrl: (url: string | undefined, warn: Warn) => string | undefined,
  warn: Warn,
  arrived: () => void,
): Record<string, string> {
  const links: Record<string, string> = {};
  for (const el of banner.querySelectorAll(':scope > consent-category > consent-service')) {
    const id = el.getAttribute('name')?.trim() ?? '';
    if (!Object.hasOwn(partners, id) || Object.hasOwn(read.texts, id)) continue;
    let entry: Partial<CatalogueEntry> = {};
    if (!el.hasAttribute('label')) {
      if (!known)
        loading ??= import('../integrations/catalogue.js').then(
          (module) => {
            known = module.catalogue;
            arrived();
          },
          () => {
            loading = undefined;
            warn('catalogue.js did not load (network?); partners without a label show their id');
          },
        );
      else if (Object.hasOwn(known, id)) entry = known[id]!;
      else warn(`<consent-service name="${id}"> has no label and is not in the catalogue; its id is shown`);
    }
    // Its attributes over the catalogue's fields; its text is plain text.
    const attr = (name: string) => el.getAttribute(name) ?? undefined;
    read.texts[id] = [attr('label')?.trim() || entry.label || '', (el.textContent ?? '').replace(/\s+/g, ' ').trim()];
    const cookies = attr('cookies') ?? entry.cookies;
    if (cookies) read.cookies[id] = cookies;
    const gcm = (attr('gcm') ?? entry.gcm)?.split(/\s+/).filter(Boolean);
    if (gcm) read.gcm[id] = gcm;
    const link = safeUrl(attr('privacy-url') ?? entry.privacyUrl, warn);
    if (link) links[id] = link;
  }
  return links;
}
