/**
 * Well-known third-party services: what `<consent-service name="…">` without a label gets. Data only,
 * loaded lazily when such a service is declared, so this module imports nothing at run time.
 *
 * `cookies` lists only the cookies that land on the site's own domain (first-party): a page can
 * delete no other, so an embed whose cookies all live on the vendor's domain gets `''`. Each entry
 * names, above it, the vendor page its facts come from.
 */

/** One well-known service: what a <consent-service name="…"> with no label gets. Attributes override any field. */
export interface CatalogueEntry {
  /** The vendor's product name as shown to visitors (e.g. "YouTube"). */
  label: string;
  /** The vendor's privacy policy (https). */
  privacyUrl: string;
  /** The cookies it sets on the site's domain or reads, as names and /regex/ patterns, space-separated — the syntax of <consent-category cookies> (see src/gating/cookies.ts: names, and /…/ patterns). */
  cookies: string;
  /** The purpose it usually serves: one of 'audience', 'social', 'advertising', 'preferences' (the site still decides where it declares it). */
  purpose: string;
  /** Google Consent Mode types it needs, space-separated, only for Google's tags. */
  gcm?: string;
}

const GOOGLE_PRIVACY = 'https://policies.google.com/privacy';
const META_PRIVACY = 'https://www.facebook.com/privacy/policy/';

export const catalogue: Record<string, CatalogueEntry> = {
  // — Embedded content (videos, audio, posts, comments) —

  // Google, "Embed videos & playlists" (privacy-enhanced mode), https://support.google.com/youtube/answer/171780
  // The player is an iframe on youtube.com or youtube-nocookie.com: its cookies are YouTube's, none on the site's domain.
  youtube: { label: 'YouTube', privacyUrl: GOOGLE_PRIVACY, cookies: '', purpose: 'social' },

  // Vimeo Help Center, the cookie list of Vimeo's embeddable player, https://help.vimeo.com/hc/en-us/articles/26080940921361
  // vuid, player, flags… are set by the player in its iframe on vimeo.com: none on the site's domain.
  vimeo: { label: 'Vimeo', privacyUrl: 'https://vimeo.com/privacy', cookies: '', purpose: 'social' },

  // Dailymotion for Developers, "iFrame (Web)", https://developers.dailymotion.com/docs/iframe-web
  // The player is served from geo.dailymotion.com; Dailymotion documents no cookie on the embedding site's domain.
  dailymotion: {
    label: 'Dailymotion',
    privacyUrl: 'https://legal.dailymotion.com/en/privacy-policy/',
    cookies: '',
    purpose: 'social',
  },

  // X Developer Platform, "Scripting: Factory Functions", https://docs.x.com/x-for-websites/javascript-api/guides/scripting-factory-functions
  // widgets.js renders posts and timelines as iframes from X; X documents no cookie on the site's domain.
  x: { label: 'X', privacyUrl: 'https://x.com/en/privacy', cookies: '', purpose: 'social' },

  // Meta for Developers, "Initialization" (FB.init), https://developers.facebook.com/docs/javascript/reference/FB.init
  // The SDK creates a session cookie on the site only with FB.init({ cookie: true }) (default false), unnamed there: none listed.
  facebook: { label: 'Facebook', privacyUrl: META_PRIVACY, cookies: '', purpose: 'social' },

  // Meta for Developers, "Embed an Instagram Post", https://developers.facebook.com/docs/instagram-platform/oembed
  // The embed HTML loads Instagram's content from instagram.com; Meta documents no cookie on the site's domain.
  instagram: {
    label: 'Instagram',
    privacyUrl: 'https://privacycenter.instagram.com/policy/',
    cookies: '',
    purpose: 'social',
  },

  // LinkedIn (Microsoft Learn), "Share Plugin", https://learn.microsoft.com/en-us/linkedin/consumer/integrations/self-serve/plugins/share-plugin
  // Plugins and embedded posts come from linkedin.com; no cookie on the site's domain is documented (the Insight Tag is linkedin-insight).
  linkedin: {
    label: 'LinkedIn',
    privacyUrl: 'https://www.linkedin.com/legal/privacy-policy',
    cookies: '',
    purpose: 'social',
  },

  // TikTok for Developers, "Embed Videos" (and its successor "Embed Player", an iframe on tiktok.com), https://developers.tiktok.com/doc/embed-videos/
  // No cookie on the site's domain is documented for embeds (the TikTok Pixel is tiktok-pixel).
  tiktok: {
    label: 'TikTok',
    privacyUrl: 'https://www.tiktok.com/legal/page/eea/privacy-policy/en',
    cookies: '',
    purpose: 'social',
  },

  // Pinterest Developers, "Buttons" (Save button, pinit.js), https://developers.pinterest.com/docs/web-features/buttons/
  // No cookie on the site's domain is documented for the buttons and widgets (the Pinterest tag is pinterest-tag).
  pinterest: {
    label: 'Pinterest',
    privacyUrl: 'https://policy.pinterest.com/privacy-policy',
    cookies: '',
    purpose: 'social',
  },

  // Spotify for Developers, "Embeds", https://developer.spotify.com/documentation/embeds
  // Embeds are iframes from open.spotify.com; Spotify documents no cookie on the site's domain.
  spotify: {
    label: 'Spotify',
    privacyUrl: 'https://www.spotify.com/legal/privacy-policy/',
    cookies: '',
    purpose: 'social',
  },

  // SoundCloud, "SoundCloud Cookie Policy", https://pages.soundcloud.com/legal/cookie-policy
  // The widget is an iframe from SoundCloud; the policy names no cookie on the embedding site's domain.
  soundcloud: {
    label: 'SoundCloud',
    privacyUrl: 'https://soundcloud.com/pages/privacy',
    cookies: '',
    purpose: 'social',
  },

  // Disqus Help, "Use of cookies", https://help.disqus.com/customer/portal/articles/466235
  // Every cookie it lists is on disqus.com or its partners' domains (quantserve.com, scorecardresearch.com): none on the site's.
  disqus: { label: 'Disqus', privacyUrl: 'https://disqus.com/privacy-policy/', cookies: '', purpose: 'social' },

  // — Audience measurement —

  // Google, "[GA4] Cookie usage on websites", https://support.google.com/analytics/answer/11397207
  'google-analytics': {
    label: 'Google Analytics',
    privacyUrl: GOOGLE_PRIVACY,
    cookies: '_ga /^_ga_/',
    purpose: 'audience',
    gcm: 'analytics_storage',
  },

  // Matomo, "What cookies are created by the Matomo JavaScript Tracking client?", https://matomo.org/faq/general/faq_146/
  // _pk_id, _pk_ses, _pk_ref, _pk_cvar, _pk_hsr, _pk_testcookie, named _pk_<kind>.<site id>.<hash>; the mtm_consent* records are left alone.
  matomo: {
    label: 'Matomo',
    privacyUrl: 'https://matomo.org/privacy-policy/',
    cookies: '/^_pk_/',
    purpose: 'audience',
  },

  // Plausible, "Data policy", https://plausible.io/data-policy
  // Plausible is cookieless: it sets no cookie and no persistent identifier, so there is nothing to delete.
  plausible: {
    label: 'Plausible Analytics',
    privacyUrl: 'https://plausible.io/privacy',
    cookies: '',
    purpose: 'audience',
  },

  // Hotjar, "Hotjar Cookies", https://help.hotjar.com/hc/en-us/articles/115011789248-Hotjar-Cookies
  // Hotjar stores first-party cookies, all named _hj…; the pattern also covers today's per-site names (_hjSessionUser_<site id>, _hjSession_<site id>).
  hotjar: {
    label: 'Hotjar',
    privacyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
    cookies: '/^_hj/',
    purpose: 'audience',
  },

  // Microsoft, "Cookie List" (Clarity), https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list
  // _clck and _clsk are first-party; CLID, ANONCHK, MR, MUID and SM are on Microsoft's domains, out of the site's reach.
  'microsoft-clarity': {
    label: 'Microsoft Clarity',
    privacyUrl: 'https://privacy.microsoft.com/privacystatement',
    cookies: '_clck _clsk',
    purpose: 'audience',
  },

  // — Advertising —

  // Google, "[UA] Use Google Analytics to support Google Ads conversions", https://support.google.com/analytics/answer/7519794 (the _gac_ and _gcl_ campaign cookies on the site's domain)
  'google-ads': {
    label: 'Google Ads',
    privacyUrl: GOOGLE_PRIVACY,
    cookies: '/^_gcl_/ /^_gac_/',
    purpose: 'advertising',
    gcm: 'ad_storage ad_user_data ad_personalization',
  },

  // Meta for Developers, "ClickID and the fbp and fbc Parameters", https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/fbp-and-fbc/
  'meta-pixel': { label: 'Meta Pixel', privacyUrl: META_PRIVACY, cookies: '_fbp _fbc', purpose: 'advertising' },

  // LinkedIn Marketing (Microsoft Learn), "Enabling First Party Cookies", https://learn.microsoft.com/en-us/linkedin/marketing/conversions/enabling-first-party-cookies
  // li_fat_id, the first-party ad tracking ID; bcookie, lidc and the others are on linkedin.com.
  'linkedin-insight': {
    label: 'LinkedIn Insight Tag',
    privacyUrl: 'https://www.linkedin.com/legal/privacy-policy',
    cookies: 'li_fat_id',
    purpose: 'advertising',
  },

  // TikTok Ads Manager Help, "About using cookies with TikTok Pixel", https://ads.tiktok.com/help/article?aid=10007540
  // The pixel sets first-party cookies; that page names none. _ttp is named by Commanders Act's TikTok Events API documentation, not TikTok's.
  'tiktok-pixel': {
    label: 'TikTok Pixel',
    privacyUrl: 'https://www.tiktok.com/legal/page/eea/privacy-policy/en',
    cookies: '_ttp',
    purpose: 'advertising',
  },

  // Pinterest Help, "Pinterest tag parameters and cookies", https://help.pinterest.com/en/business/article/pinterest-tag-parameters-and-cookies
  // _epik, _derived_epik and _pin_unauth are on the site's domain; _pinterest_sess, _pinterest_ct… are pinterest.com's.
  'pinterest-tag': {
    label: 'Pinterest Tag',
    privacyUrl: 'https://policy.pinterest.com/privacy-policy',
    cookies: '_epik _derived_epik _pin_unauth',
    purpose: 'advertising',
  },

  // — Functional services —

  // Google Maps Platform, "The Maps Embed API overview", https://developers.google.com/maps/documentation/embed
  // The map is an iframe on www.google.com: Google's cookies there, none on the site's domain.
  'google-maps': { label: 'Google Maps', privacyUrl: GOOGLE_PRIVACY, cookies: '', purpose: 'preferences' },

  // Google, "reCAPTCHA Developer's Guide", https://developers.google.com/recaptcha/intro
  // Google's documentation names no cookie on the site's domain (its widget talks to www.google.com): none listed.
  'google-recaptcha': { label: 'Google reCAPTCHA', privacyUrl: GOOGLE_PRIVACY, cookies: '', purpose: 'preferences' },
};

export default catalogue;
