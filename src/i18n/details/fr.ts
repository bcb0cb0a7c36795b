import type { Details } from '../messages.js';

/** The strings only the preferences dialog shows: they load with it (src/elements/consent-preferences.ts). */
export default {
  prefsTitle: 'Paramétrer vos choix',
  prefsIntro:
    'Activez ou désactivez chaque finalité. Votre choix est conservé sur cet appareil et vous pouvez le modifier à tout moment.',
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  gpc: "Votre navigateur envoie le signal Global Privacy Control : « Tout accepter » n'active pas cette finalité. Vous pouvez l'activer ici vous-même.",
  granted: 'Autorisé',
  refused: 'Refusé',
  partial: 'Autorisé en partie',
  cookiesLabel: 'Cookies',
  controllerLabel: 'Responsable du traitement : {controller}',
  partnersTitle: 'Nos partenaires',
  vendorPrivacy: 'Politique de confidentialité de {label}',
  undecided: 'Non décidé',
  descriptions: {
    necessary:
      'Indispensables au fonctionnement du site (sécurité, mémorisation de vos choix). Ils ne peuvent pas être désactivés.',
    preferences: "Mémorisent vos réglages, comme la langue ou l'affichage, pour adapter le site à vos habitudes.",
    audience: 'Nous aident à comprendre comment le site est utilisé (pages vues, parcours) afin de l’améliorer.',
    social:
      "Permettent d'afficher les contenus des réseaux sociaux (publications, vidéos) et l'espace de commentaires. Si vous les refusez, ces contenus intégrés et la possibilité de laisser un commentaire sont désactivés.",
    advertising:
      "Permettent à nos partenaires de vous proposer des publicités adaptées à vos centres d'intérêt et d'en mesurer l'efficacité.",
  },
} satisfies Details;
