import type { Messages } from './messages.js';

export default {
  title: 'Vos choix sur les cookies',
  intro:
    "Avec votre accord, nous et nos partenaires utilisons des cookies et traceurs pour les finalités décrites dans les paramètres. Refuser ne vous empêche pas de lire le site, et vous pouvez changer d'avis à tout moment avec « Paramétrer vos choix ».",
  acceptAll: 'Tout accepter',
  refuseAll: 'Tout refuser',
  settings: 'Paramétrer vos choix',
  privacy: 'Politique de confidentialité',
  prefsTitle: 'Paramétrer vos choix',
  prefsIntro:
    'Activez ou désactivez chaque finalité. Votre choix est conservé sur cet appareil et vous pouvez le modifier à tout moment.',
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  continueWithout: 'Continuer sans accepter',
  reopen: 'Paramétrer vos choix',
  gpc: "Votre navigateur envoie le signal Global Privacy Control : « Tout accepter » n'active pas cette finalité. Vous pouvez l'activer ici vous-même.",
  gateTitle: 'Contenu bloqué : {label}',
  gateText:
    "Ce contenu est fourni par un service tiers qui peut déposer des cookies. Il reste bloqué tant que vous n'autorisez pas « {label} ».",
  gateAllow: 'Autoriser « {label} »',
  granted: 'Autorisé',
  refused: 'Refusé',
  categories: {
    necessary: [
      'Strictement nécessaires',
      'Indispensables au fonctionnement du site (sécurité, mémorisation de vos choix). Ils ne peuvent pas être désactivés.',
    ],
    preferences: [
      'Préférences',
      "Mémorisent vos réglages, comme la langue ou l'affichage, pour adapter le site à vos habitudes.",
    ],
    audience: [
      "Mesure d'audience",
      'Nous aident à comprendre comment le site est utilisé (pages vues, parcours) afin de l’améliorer.',
    ],
    social: [
      'Réseaux sociaux',
      "Permettent d'afficher les contenus des réseaux sociaux (publications, vidéos) et l'espace de commentaires. Si vous les refusez, ces contenus intégrés et la possibilité de laisser un commentaire sont désactivés.",
    ],
    advertising: [
      'Publicité',
      "Permettent à nos partenaires de vous proposer des publicités adaptées à vos centres d'intérêt et d'en mesurer l'efficacité.",
    ],
  },
} satisfies Messages;
