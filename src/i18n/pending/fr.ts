import type { PendingStrings } from './types.js';

export default {
  intro:
    "Avec votre accord, nous et nos partenaires utilisons des cookies et traceurs pour : {purposes}. Refuser ne vous empêche pas de lire le site, et vous pouvez changer d'avis à tout moment avec « Paramétrer vos choix ».",
  introController:
    "Avec votre accord, {controller} et ses partenaires utilisent des cookies et traceurs pour : {purposes}. Refuser ne vous empêche pas de lire le site, et vous pouvez changer d'avis à tout moment avec « Paramétrer vos choix ».",
  socialNote: 'Refuser les réseaux sociaux désactive aussi les contenus intégrés et les commentaires.',
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
