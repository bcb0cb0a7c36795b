import type { FirstLayer } from './messages.js';

/** The strings shown before the preferences open; the rest is in ./details/en.ts. */
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
  categories: {
    necessary: ['Strictly necessary'],
    preferences: ['Preferences'],
    audience: ['Audience measurement'],
    social: ['Social networks'],
    advertising: ['Advertising'],
  },
} satisfies FirstLayer;
