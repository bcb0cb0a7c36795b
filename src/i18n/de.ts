import type { Messages } from './messages.js';

export default {
  title: 'Ihre Cookie-Auswahl',
  intro:
    'Mit Ihrer Einwilligung verwenden wir und unsere Partner Cookies und ähnliche Technologien für folgende Zwecke: {purposes}. Wenn Sie ablehnen, können Sie die Website trotzdem lesen, und Sie können Ihre Entscheidung jederzeit über „Cookie-Einstellungen“ ändern.',
  introController:
    'Mit Ihrer Einwilligung verwenden {controller} und Partner Cookies und ähnliche Technologien für folgende Zwecke: {purposes}. Wenn Sie ablehnen, können Sie die Website trotzdem lesen, und Sie können Ihre Entscheidung jederzeit über „Cookie-Einstellungen“ ändern.',
  socialNote: 'Wenn Sie soziale Netzwerke ablehnen, werden auch eingebettete Inhalte und Kommentare deaktiviert.',
  acceptAll: 'Alle akzeptieren',
  refuseAll: 'Alle ablehnen',
  settings: 'Cookie-Einstellungen',
  privacy: 'Datenschutzerklärung',
  prefsTitle: 'Cookie-Einstellungen',
  prefsIntro:
    'Aktivieren oder deaktivieren Sie jeden Zweck einzeln. Ihre Auswahl wird auf diesem Gerät gespeichert und lässt sich jederzeit ändern.',
  save: 'Auswahl speichern',
  close: 'Schließen',
  continueWithout: 'Ohne Einwilligung fortfahren',
  reopen: 'Cookie-Einstellungen',
  saved: 'Ihre Auswahl wurde gespeichert.',
  gpc: 'Ihr Browser sendet das Signal Global Privacy Control, daher aktiviert „Alle akzeptieren“ diesen Zweck nicht. Sie können ihn hier selbst aktivieren.',
  gateTitle: 'Blockierter Inhalt: {label}',
  gateText:
    'Dieser Inhalt stammt von einem Drittanbieter, der Cookies setzen kann. Er bleibt blockiert, bis Sie „{label}“ erlauben.',
  gateAllow: '„{label}“ erlauben',
  granted: 'Erlaubt',
  refused: 'Abgelehnt',
  partners: 'Unsere Partner anzeigen ({count})',
  gateAllowService: '{label} erlauben',
  gateServiceText:
    'Dieser Inhalt stammt von {label} und kann Cookies für „{purpose}“ setzen. Er bleibt blockiert, bis Sie {label} erlauben.',
  vendorPrivacy: 'Datenschutzerklärung von {label}',
  partial: 'Teilweise erlaubt',
  cookiesLabel: 'Cookies',
  controllerLabel: 'Verantwortlicher: {controller}',
  partnersTitle: 'Unsere Partner',
  undecided: 'Nicht entschieden',
  exempt: 'Von der Einwilligungspflicht ausgenommen',
  categories: {
    necessary: [
      'Unbedingt erforderlich',
      'Für den Betrieb der Website nötig (Sicherheit, Speicherung Ihrer Auswahl). Diese Cookies können nicht deaktiviert werden.',
    ],
    preferences: [
      'Präferenzen',
      'Damit merkt sich die Website Ihre Einstellungen, etwa Sprache oder Darstellung, und passt sich Ihren Gewohnheiten an.',
    ],
    audience: [
      'Reichweitenmessung',
      'Damit verstehen wir, wie die Website genutzt wird (aufgerufene Seiten, Wege durch die Website), und können sie verbessern.',
    ],
    social: [
      'Soziale Netzwerke',
      'Damit können Inhalte sozialer Netzwerke (Beiträge, Videos) und der Kommentarbereich angezeigt werden. Wenn Sie diese Cookies ablehnen, werden diese eingebetteten Inhalte und die Möglichkeit, Kommentare zu schreiben, deaktiviert.',
    ],
    advertising: [
      'Werbung',
      'Damit können unsere Partner Ihnen Werbung zeigen, die auf Ihre Interessen zugeschnitten ist, und deren Wirksamkeit messen.',
    ],
  },
} satisfies Messages;
