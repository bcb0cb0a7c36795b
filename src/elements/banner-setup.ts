import { parseCategories } from '../core/categories.js';
import { once, refetchable } from '../core/import-once.js';
import { checkPartners } from '../core/partners.js';
import type { StoreConfig } from '../core/store.js';
import { NECESSARY, type Warn } from '../core/types.js';
import { resolveLang } from '../i18n/index.js';
import { text } from '../core/text.js';
import { safeUrl } from './attributes.js';
import { readCategories } from './consent-category.js';

/** The banner's attributes that set up its store. */
export interface BannerAttributes extends HTMLElement {
  categories: string;
  controller: string | undefined;
  revision: number;
  expiresDays: number;
  refusalExpiresDays: number;
  reloadOnRevoke: boolean;
  ignoreGpc: boolean;
}

/** The partners' details, once their module has arrived (./partners.ts). */
let details: typeof import('./partners.js') | undefined;
/** Imports the partners' details once, when a banner declares a `<consent-service>`. */
const loadDetails = once(() =>
  (import.meta.env.STANDALONE ? refetchable(import('./partners.js'), 'partners') : import('./partners.js')).then(
    (module) => (details = module),
  ),
);

/**
 * What a banner tells its store: its attributes, and its `<consent-category>` children (and their
 * `<consent-service>` partners) as data. The optional ids are the `categories` attribute or property
 * (frameworks such as React 19 and Vue set the property), else the children's names; a child not in
 * `categories` is said and ignored. The partners' details (./partners.ts, with the catalogue's
 * fields for a partner without a label) come with a module of their own: `arrived` runs when it,
 * or the catalogue, has loaded, for the set-up to be told again.
 */
export function storeSetup(banner: BannerAttributes, warn: Warn, arrived: () => void): StoreConfig {
  const read = readCategories(banner);
  const names = Object.keys(read.texts);
  let ids = parseCategories(names.join(' '), warn);
  // A framework may pass an array of ids: it joins with commas, which separate ids too.
  const list = text(banner.categories);
  if (list) {
    ids = parseCategories(list, warn);
    for (const name of names)
      if (name && name !== NECESSARY && !ids.includes(name))
        warn(`<consent-category name="${name}"> is not in categories; ignored`);
  }
  const services = checkPartners(read.services, ids, warn);
  // Their texts, links, cookies and Consent Mode types come with their module: only the
  // preferences, a gate, the gating's clean-up and Consent Mode need them, all later.
  const links = Object.keys(services)[0]
    ? (details?.partnerDetails(banner, services, read, safeUrl, warn, arrived) ??
      void loadDetails().then(arrived, () => warn('partners.js did not load (network?)')))
    : undefined;
  return {
    ids,
    services,
    links,
    controller: text(banner.controller) || undefined,
    revision: banner.revision,
    expiresDays: banner.expiresDays,
    refusalExpiresDays: banner.refusalExpiresDays,
    lang: resolveLang(banner),
    cookies: read.cookies,
    reloadOnRevoke: banner.reloadOnRevoke,
    ignoreGpc: banner.ignoreGpc,
    // The cookie mirror (issue 17), as attributes: `cookie` (host-only) and `cookie-domain`.
    cookie: banner.hasAttribute('cookie'),
    cookieDomain: banner.getAttribute('cookie-domain'),
    texts: read.texts,
    gcm: read.gcm,
    gpcIds: read.gpcIds,
    exempt: read.exempt,
  };
}
