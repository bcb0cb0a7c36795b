import type { FirstLayer } from './messages.js';

/** The strings shown before the preferences open; the rest is in ./details/fr.ts. */
export default {
  title: 'Vos choix sur les cookies',
  intro:
    "Avec votre accord, nous et nos partenaires utilisons des cookies et traceurs pour : {purposes}. Refuser ne vous empêche pas de lire le site, et vous pouvez changer d'avis à tout moment avec « Paramétrer vos choix ».",
  introController:
    "Avec votre accord, {controller} et ses partenaires utilisent des cookies et traceurs pour : {purposes}. Refuser ne vous empêche pas de lire le site, et vous pouvez changer d'avis à tout moment avec « Paramétrer vos choix ».",
  socialNote: 'Refuser les réseaux sociaux désactive aussi les contenus intégrés et les commentaires.',
  acceptAll: 'Tout accepter',
  refuseAll: 'Tout refuser',
  settings: 'Paramétrer vos choix',
  privacy: 'Politique de confidentialité',
  continueWithout: 'Continuer sans accepter',
  reopen: 'Paramétrer vos choix',
  saved: 'Choix enregistrés.',
  partners: 'Voir nos partenaires ({count})',
  exempt: 'Exemption de consentement',
  categories: {
    necessary: ['Strictement nécessaires'],
    preferences: ['Préférences'],
    audience: ["Mesure d'audience"],
    social: ['Réseaux sociaux'],
    advertising: ['Publicité'],
  },
} satisfies FirstLayer;
