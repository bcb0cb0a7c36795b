import type { PendingStrings } from './types.js';

export default {
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
