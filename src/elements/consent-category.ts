import { define } from './define.js';

/**
 * Gives or overrides one category's label and description, as a child of `<consent-banner>`,
 * without JavaScript. A child with only `name` keeps the built-in texts. Its text is read as
 * plain text, never as HTML. Its `cookies` attribute lists the cookies of the purpose (names and
 * `/regex/` patterns, space-separated), deleted whenever the purpose is refused or withdrawn.
 *
 * @summary Declares the texts of one consent category.
 * @tag consent-category
 *
 * @attr name - The category id this element describes.
 * @attr label - The label shown for the category; absent to keep the built-in one.
 * @attr cookies - Names or `/regex/` patterns of the cookies this purpose sets (space-separated); deleted when it is refused or withdrawn.
 * @attr gcm - Google Consent Mode types this category grants (space-separated), replacing the default mapping.
 * @attr exempt - The purpose is exempt from consent (the CNIL's conditions for audience measurement, which the site must meet): what it gates runs until the visitor opts out with its switch or refuses all. Meant for `audience` only.
 * @attr gpc - Global Privacy Control keeps this purpose off, as it does `advertising`: "accept all" leaves it off, and a stored grant is withdrawn at load.
 * @slot - The description shown under the label, as plain text; empty to keep the built-in one. `<consent-service>`
 * children declare the partners inside the purpose (`name`, `label`, `privacy-url`, `cookies`, `gcm`, and their text
 * as description), each with a switch of its own.
 */
export class ConsentCategory extends HTMLElement {
  /** The category id this element describes. */
  get name(): string {
    return this.getAttribute('name')?.trim() ?? '';
  }

  /** The label shown for the category; empty to keep the built-in one. */
  get label(): string {
    return this.getAttribute('label')?.trim() ?? '';
  }

  /** The description shown under the label: the element's text content; empty to keep the built-in one. */
  get description(): string {
    // Without the text of its partners (`<consent-service>` children).
    const own = this.cloneNode(true) as Element;
    for (const service of own.querySelectorAll('consent-service')) service.remove();
    return (own.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  /** Google Consent Mode types this category grants (space-separated), replacing the default mapping. */
  get gcm(): string[] | undefined {
    return this.getAttribute('gcm')?.split(/\s+/).filter(Boolean);
  }

  connectedCallback(): void {
    // Only the banner shows these texts; the element itself never renders them in the page.
    this.hidden = true;
  }
}

define('consent-category', ConsentCategory);

/** What a banner's `<consent-category>` children say, as data for the store (no element reads them back). */
export interface CategoryChildren {
  /** Label and description of each child's purpose, in document order; empty to keep the built-in one. */
  texts: Record<string, [label: string, description: string]>;
  cookies: Record<string, string>;
  gcm: Record<string, string[]>;
  /** Each `<consent-service>` of a purpose, in document order: its `name` and its purpose's id. */
  services: [id: string, purpose: string][];
  /** The purposes marked `gpc`: Global Privacy Control keeps them off, as it does advertising. */
  gpcIds: string[];
  /** The purposes marked `exempt`: exempt from consent, granted until the visitor opts out. */
  exempt: string[];
}

/**
 * Reads the `<consent-category>` children of `host`, and the `<consent-service>` children of each
 * (partners inside the purpose, read by the banner's set-up: the element is never upgraded). The
 * categories are upgraded: this module defines the element before the banner's, so children parsed
 * before the module loads are upgraded first.
 */
export function readCategories(host: Element): CategoryChildren {
  const read: CategoryChildren = { texts: {}, cookies: {}, gcm: {}, services: [], gpcIds: [], exempt: [] };
  for (const child of host.querySelectorAll<ConsentCategory>(':scope > consent-category')) {
    const { name, gcm } = child;
    read.texts[name] = [child.label, child.description];
    const cookies = child.getAttribute('cookies');
    if (cookies !== null) read.cookies[name] = cookies;
    if (gcm) read.gcm[name] = gcm;
    if (child.hasAttribute('gpc')) read.gpcIds.push(name);
    if (child.hasAttribute('exempt')) read.exempt.push(name);
    for (const service of child.querySelectorAll(':scope > consent-service'))
      read.services.push([service.getAttribute('name')?.trim() ?? '', name]);
  }
  return read;
}

declare global {
  interface HTMLElementTagNameMap {
    'consent-category': ConsentCategory;
  }
}
