/**
 * The standalone bundle's one Trusted Types policy, `consent-banner`, made as the bundle loads: Lit's
 * templates (the build hands lit-html this policy instead of its own `lit-html` one, vite.config.ts)
 * and the gated content the gating activates (a script's text and URL, which the site owner wrote
 * and held back until consent) pass through it unchanged. The library build, whose Lit makes its
 * own policy, leaves this to the gating (../gating/index.ts), which makes it when first needed. Undefined without
 * Trusted Types, and where the page's CSP allows no policy of that name — a second copy of the
 * bundle among them, since the first made it: that copy defines no element, so it needs none.
 */
export const policy: TrustedTypePolicyLike | undefined = (() => {
  try {
    return (
      globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): TrustedTypePolicyLike } }
    ).trustedTypes?.createPolicy('consent-banner', { createHTML: same, createScript: same, createScriptURL: same });
  } catch {
    // Said where it matters: by a render that the page's policy refuses, and by the gating.
  }
})();

function same(value: string): string {
  return value;
}

/** The policy's methods, as the gating calls them (TypeScript's DOM types have no Trusted Types). */
export interface TrustedTypePolicyLike {
  createHTML(value: string): unknown;
  createScript(value: string): unknown;
  createScriptURL(value: string): unknown;
}
