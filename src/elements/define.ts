/**
 * Registers a custom element unless the tag is already taken: consent scripts are often loaded
 * twice on one page (by a tag manager and by the page), and a second `define` would throw.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
