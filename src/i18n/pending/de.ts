import type { PendingStrings } from './types.js';

export default {
  partners: 'Unsere Partner anzeigen ({count})',
  gateAllowService: '{label} erlauben',
  gateServiceText:
    'Dieser Inhalt stammt von {label} und kann Cookies für „{purpose}“ setzen. Er bleibt blockiert, bis Sie {label} erlauben.',
  vendorPrivacy: 'Datenschutzerklärung von {label}',
  partial: 'Teilweise erlaubt',
  undecided: 'Nicht entschieden',
  cookiesLabel: 'Cookies',
  controllerLabel: 'Verantwortlicher: {controller}',
  partnersTitle: 'Unsere Partner',
  exempt: 'Von der Einwilligungspflicht ausgenommen',
} satisfies PendingStrings;
