import type { Details } from '../messages.js';

/** The strings only the preferences dialog shows: they load with it (src/elements/consent-preferences.ts). */
export default {
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
  descriptions: {
    necessary: 'Needed for the site to work (security, remembering your choices). They cannot be switched off.',
    preferences: 'Remember your settings, such as language or display, to fit the site to your habits.',
    audience: 'Help us understand how the site is used (pages viewed, journeys) so that we can improve it.',
    social:
      'Let us show content from social networks (posts, videos) and the comment section. If you refuse them, this embedded content and the ability to leave comments are turned off.',
    advertising: 'Let our partners show you ads suited to your interests and measure how well they work.',
  },
} satisfies Details;
