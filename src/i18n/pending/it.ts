import type { PendingStrings } from './types.js';

export default {
  intro:
    'Con il tuo consenso, noi e i nostri partner utilizziamo cookie e tecnologie simili per queste finalità: {purposes}. Se rifiuti puoi comunque leggere il sito, e puoi cambiare idea in qualsiasi momento con «Personalizza le scelte».',
  introController:
    'Con il tuo consenso, {controller} e i suoi partner utilizzano cookie e tecnologie simili per queste finalità: {purposes}. Se rifiuti puoi comunque leggere il sito, e puoi cambiare idea in qualsiasi momento con «Personalizza le scelte».',
  socialNote: 'Rifiutare i social network disattiva anche i contenuti incorporati e i commenti.',
  partners: 'Vedi i nostri partner ({count})',
  gateAllowService: 'Consenti {label}',
  gateServiceText:
    'Questo contenuto proviene da {label}, che può installare cookie per «{purpose}». Resta bloccato finché non consenti {label}.',
  vendorPrivacy: 'Informativa sulla privacy di {label}',
  partial: 'Consentito in parte',
  undecided: 'Non deciso',
  cookiesLabel: 'Cookie',
  controllerLabel: 'Titolare del trattamento: {controller}',
  partnersTitle: 'I nostri partner',
  exempt: 'Esente da consenso',
} satisfies PendingStrings;
