import type { Messages } from './messages.js';

export default {
  title: 'Le tue scelte sui cookie',
  intro:
    'Con il tuo consenso, noi e i nostri partner utilizziamo cookie e tecnologie simili per queste finalità: {purposes}. Se rifiuti puoi comunque leggere il sito, e puoi cambiare idea in qualsiasi momento con «Personalizza le scelte».',
  introController:
    'Con il tuo consenso, {controller} e i suoi partner utilizzano cookie e tecnologie simili per queste finalità: {purposes}. Se rifiuti puoi comunque leggere il sito, e puoi cambiare idea in qualsiasi momento con «Personalizza le scelte».',
  socialNote: 'Rifiutare i social network disattiva anche i contenuti incorporati e i commenti.',
  acceptAll: 'Accetta tutto',
  refuseAll: 'Rifiuta tutto',
  settings: 'Personalizza le scelte',
  privacy: 'Informativa sulla privacy',
  prefsTitle: 'Personalizza le tue scelte',
  prefsIntro:
    'Attiva o disattiva ogni finalità. La tua scelta viene salvata su questo dispositivo e puoi modificarla in qualsiasi momento.',
  save: 'Salva le mie scelte',
  close: 'Chiudi',
  continueWithout: 'Continua senza accettare',
  reopen: 'Impostazioni cookie',
  saved: 'La tua scelta è stata salvata.',
  gpc: 'Il tuo browser invia il segnale Global Privacy Control, quindi «Accetta tutto» non attiva questa finalità. Puoi comunque attivarla qui.',
  gateTitle: 'Contenuto bloccato: {label}',
  gateText:
    'Questo contenuto proviene da un servizio di terze parti che può installare cookie. Resta bloccato finché non consenti «{label}».',
  gateAllow: 'Consenti «{label}»',
  granted: 'Consentito',
  refused: 'Rifiutato',
  partners: 'Vedi i nostri partner ({count})',
  gateAllowService: 'Consenti {label}',
  gateServiceText:
    'Questo contenuto proviene da {label}, che può installare cookie per «{purpose}». Resta bloccato finché non consenti {label}.',
  vendorPrivacy: 'Informativa sulla privacy di {label}',
  partial: 'Consentito in parte',
  cookiesLabel: 'Cookie',
  controllerLabel: 'Titolare del trattamento: {controller}',
  partnersTitle: 'I nostri partner',
  undecided: 'Non deciso',
  exempt: 'Esente da consenso',
  categories: {
    necessary: [
      'Strettamente necessari',
      'Indispensabili per il funzionamento del sito (sicurezza, memorizzazione delle tue scelte). Non possono essere disattivati.',
    ],
    preferences: [
      'Preferenze',
      'Memorizzano le tue impostazioni, come la lingua o la visualizzazione, per adattare il sito alle tue abitudini.',
    ],
    audience: [
      'Misurazione dell’audience',
      'Ci aiutano a capire come viene utilizzato il sito (pagine visitate, percorsi) per migliorarlo.',
    ],
    social: [
      'Social network',
      'Consentono di mostrare i contenuti dei social network (post, video) e la sezione dei commenti. Se li rifiuti, questi contenuti incorporati e la possibilità di lasciare commenti vengono disattivati.',
    ],
    advertising: [
      'Pubblicità',
      'Consentono ai nostri partner di mostrarti annunci in linea con i tuoi interessi e di misurarne l’efficacia.',
    ],
  },
} satisfies Messages;
