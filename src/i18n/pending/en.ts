import type { PendingStrings } from './types.js';

export default {
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
