import type { PendingStrings } from './types.js';

export default {
  intro:
    'Mit Ihrer Einwilligung verwenden wir und unsere Partner Cookies und ähnliche Technologien für folgende Zwecke: {purposes}. Wenn Sie ablehnen, können Sie die Website trotzdem lesen, und Sie können Ihre Entscheidung jederzeit über „Cookie-Einstellungen“ ändern.',
  introController:
    'Mit Ihrer Einwilligung verwenden {controller} und Partner Cookies und ähnliche Technologien für folgende Zwecke: {purposes}. Wenn Sie ablehnen, können Sie die Website trotzdem lesen, und Sie können Ihre Entscheidung jederzeit über „Cookie-Einstellungen“ ändern.',
  socialNote: 'Wenn Sie soziale Netzwerke ablehnen, werden auch eingebettete Inhalte und Kommentare deaktiviert.',
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
