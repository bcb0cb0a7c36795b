import type { Messages } from './messages.js';

/** English, a language module like the others (dist/lang/en.js): the bundle carries French alone. */
export default {
  title: 'Your cookie choices',
  intro:
    'With your consent, we and our partners use cookies and similar technologies for: {purposes}. Refusing does not stop you from reading the site, and you can change your mind at any time with “Customise choices”.',
  introController:
    'With your consent, {controller} and its partners use cookies and similar technologies for: {purposes}. Refusing does not stop you from reading the site, and you can change your mind at any time with “Customise choices”.',
  socialNote: 'Refusing social networks also turns off embedded content and comments.',
  acceptAll: 'Accept all',
  refuseAll: 'Reject all',
  settings: 'Customise choices',
  privacy: 'Privacy policy',
  continueWithout: 'Continue without accepting',
  reopen: 'Cookie settings',
  saved: 'Choices saved.',
  partners: 'See our partners ({count})',
  prefsTitle: 'Customise your choices',
  prefsIntro: 'Switch each purpose on or off. Your choice is kept on this device and you can change it at any time.',
  save: 'Save my choices',
  close: 'Close',
  gpc: 'Your browser sends a Global Privacy Control signal, so “Accept all” does not switch this purpose on. You can still switch it on here yourself.',
  granted: 'Allowed',
  refused: 'Refused',
  partial: 'Partly allowed',
  cookiesLabel: 'Cookies',
  controllerLabel: 'Data controller: {controller}',
  partnersTitle: 'Our partners',
  vendorPrivacy: '{label} privacy policy',
  undecided: 'Not decided',
  gateTitle: 'Blocked content: {label}',
  gateText:
    'This content comes from a third-party service that may set cookies. It stays blocked until you allow “{label}”.',
  gateAllow: 'Allow “{label}”',
  gateAllowService: 'Allow {label}',
  gateServiceText:
    'This content comes from {label}, which may set cookies for “{purpose}”. It stays blocked until you allow {label}.',
  exempt: 'Exempt from consent',
  categories: {
    necessary: [
      'Strictly necessary',
      'Needed for the site to work (security, remembering your choices). They cannot be switched off.',
    ],
    preferences: [
      'Preferences',
      'Remember your settings, such as language or display, to fit the site to your habits.',
    ],
    audience: [
      'Audience measurement',
      'Help us understand how the site is used (pages viewed, journeys) so that we can improve it.',
    ],
    social: [
      'Social networks',
      'Let us show content from social networks (posts, videos) and the comment section. If you refuse them, this embedded content and the ability to leave comments are turned off.',
    ],
    advertising: [
      'Advertising',
      'Let our partners show you ads suited to your interests and measure how well they work.',
    ],
  },
} satisfies Messages;
