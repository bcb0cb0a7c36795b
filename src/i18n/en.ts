import type { FirstLayer } from './messages.js';

/** The strings shown before the preferences open; the rest is in ./details/en.ts. */
export default {
  title: 'Your cookie choices',
  intro:
    'With your consent, we and our partners use cookies and similar technologies for the purposes described in the settings. Refusing does not stop you from reading the site, and you can change your mind at any time with “Customise choices”.',
  acceptAll: 'Accept all',
  refuseAll: 'Reject all',
  settings: 'Customise choices',
  privacy: 'Privacy policy',
  continueWithout: 'Continue without accepting',
  reopen: 'Cookie settings',
  saved: 'Choices saved.',
  gateTitle: 'Blocked content: {label}',
  gateText:
    'This content comes from a third-party service that may set cookies. It stays blocked until you allow “{label}”.',
  gateAllow: 'Allow “{label}”',
  categories: {
    necessary: ['Strictly necessary'],
    preferences: ['Preferences'],
    audience: ['Audience measurement'],
    social: ['Social networks'],
    advertising: ['Advertising'],
  },
} satisfies FirstLayer;
