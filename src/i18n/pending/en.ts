import type { PendingStrings } from './types.js';

export default {
  intro:
    'With your consent, we and our partners use cookies and similar technologies for: {purposes}. Refusing does not stop you from reading the site, and you can change your mind at any time with “Customise choices”.',
  introController:
    'With your consent, {controller} and its partners use cookies and similar technologies for: {purposes}. Refusing does not stop you from reading the site, and you can change your mind at any time with “Customise choices”.',
  socialNote: 'Refusing social networks also turns off embedded content and comments.',
  partners: 'See our partners ({count})',
  gateAllowService: 'Allow {label}',
  gateServiceText:
    'This content comes from {label}, which may set cookies for “{purpose}”. It stays blocked until you allow {label}.',
  vendorPrivacy: '{label} privacy policy',
  partial: 'Partly allowed',
  undecided: 'Not decided',
  cookiesLabel: 'Cookies',
  controllerLabel: 'Data controller: {controller}',
  partnersTitle: 'Our partners',
  exempt: 'Exempt from consent',
} satisfies PendingStrings;
