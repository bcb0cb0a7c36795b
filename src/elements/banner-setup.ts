import { parseCategories } from '../core/categories.js';
import type { StoreConfig } from '../core/store.js';
import { NECESSARY, type Warn } from '../core/types.js';
import { resolveLang } from '../i18n/index.js';
import { readCategories } from './consent-category.js';

/** The banner's attributes that set up its store. */
export interface BannerAttributes extends HTMLElement {
  categories: string;
  revision: number;
  expiresDays: number;
  refusalExpiresDays: number;
  reloadOnRevoke: boolean;
  ignoreGpc: boolean;
}

/**
 * What a banner tells its store: its attributes, and its `<consent-category>` children as data.
 * The optional ids are the `categories` attribute or property (frameworks such as React 19 and Vue
 * set the property), else the children's names; a child not in `categories` is said and ignored.
 */
export function storeSetup(banner: BannerAttributes, warn: Warn): StoreConfig {
  const { texts, cookies, gcm } = readCategories(banner);
  const names = Object.keys(texts);
  let ids = parseCategories(names.join(' '), warn);
  if (banner.categories?.trim()) {
    ids = parseCategories(banner.categories, warn);
    for (const name of names)
      if (name && name !== NECESSARY && !ids.includes(name))
        warn(`<consent-category name="${name}"> is not in categories; ignored`);
  }
  return {
    ids,
    revision: banner.revision,
    expiresDays: banner.expiresDays,
    refusalExpiresDays: banner.refusalExpiresDays,
    lang: resolveLang(banner),
    cookies,
    reloadOnRevoke: banner.reloadOnRevoke,
    ignoreGpc: banner.ignoreGpc,
    texts,
    gcm,
  };
}
