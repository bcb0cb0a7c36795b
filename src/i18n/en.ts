import type { Messages } from './messages.js';

export default {
  title: 'Your cookie choices',
  intro:
    'With your consent, we and our partners use cookies and similar technologies for the purposes described in the settings. Refusing does not stop you from reading the site, and you can change your mind at any time with “Customise choices”.',
  acceptAll: 'Accept all',
  refuseAll: 'Reject all',
  settings: 'Customise choices',
  privacy: 'Privacy policy',
  prefsTitle: 'Customise your choices',
  prefsIntro: 'Switch each purpose on or off. Your choice is kept on this device and you can change it at any time.',
  save: 'Save my choices',
  close: 'Close',
  continueWithout: 'Continue without accepting',
  reopen: 'Cookie settings',
  gpc: 'Your browser sends a Global Privacy Control signal, so “Accept all” does not switch this purpose on. You can still switch it on here yourself.',
  gateTitle: 'Blocked content: {label}',
  gateText:
    'This content comes from a third-party service that may set cookies. It stays blocked until you allow “{label}”.',
  gateAllow: 'Allow “{label}”',
  granted: 'Allowed',
  refused: 'Refused',
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
