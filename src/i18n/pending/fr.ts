import type { PendingStrings } from './types.js';

export default {
  partners: 'Voir nos partenaires ({count})',
  gateAllowService: 'Autoriser {label}',
  gateServiceText:
    "Ce contenu est fourni par {label}, qui peut déposer des cookies pour « {purpose} ». Il reste bloqué tant que vous n'autorisez pas {label}.",
  vendorPrivacy: 'Politique de confidentialité de {label}',
  partial: 'Autorisé en partie',
  undecided: 'Non décidé',
  cookiesLabel: 'Cookies',
  controllerLabel: 'Responsable du traitement : {controller}',
  partnersTitle: 'Nos partenaires',
  exempt: 'Exempté de consentement',
} satisfies PendingStrings;
