import type { Messages } from './messages.js';

export default {
  title: 'Sus opciones sobre las cookies',
  intro:
    'Con su consentimiento, nosotros y nuestros socios utilizamos cookies y tecnologías similares con estas finalidades: {purposes}. Rechazarlas no le impide leer el sitio, y puede cambiar de opinión en cualquier momento con «Configurar opciones».',
  introController:
    'Con su consentimiento, {controller} y sus socios utilizan cookies y tecnologías similares con estas finalidades: {purposes}. Rechazarlas no le impide leer el sitio, y puede cambiar de opinión en cualquier momento con «Configurar opciones».',
  socialNote: 'Rechazar las redes sociales también desactiva los contenidos integrados y los comentarios.',
  acceptAll: 'Aceptar todo',
  refuseAll: 'Rechazar todo',
  settings: 'Configurar opciones',
  privacy: 'Política de privacidad',
  prefsTitle: 'Configurar sus opciones',
  prefsIntro:
    'Active o desactive cada finalidad. Su elección se guarda en este dispositivo y puede modificarla en cualquier momento.',
  save: 'Guardar mis opciones',
  close: 'Cerrar',
  continueWithout: 'Continuar sin aceptar',
  reopen: 'Configuración de cookies',
  saved: 'Su elección se ha guardado.',
  gpc: 'Su navegador envía la señal Global Privacy Control, por lo que «Aceptar todo» no activa esta finalidad. Aun así, puede activarla aquí.',
  gateTitle: 'Contenido bloqueado: {label}',
  gateText:
    'Este contenido procede de un servicio de terceros que puede instalar cookies. Seguirá bloqueado mientras no permita «{label}».',
  gateAllow: 'Permitir «{label}»',
  granted: 'Permitido',
  refused: 'Rechazado',
  partners: 'Ver nuestros socios ({count})',
  gateAllowService: 'Permitir {label}',
  gateServiceText:
    'Este contenido procede de {label}, que puede instalar cookies para «{purpose}». Seguirá bloqueado mientras no permita {label}.',
  vendorPrivacy: 'Política de privacidad de {label}',
  partial: 'Permitido en parte',
  cookiesLabel: 'Cookies',
  controllerLabel: 'Responsable del tratamiento: {controller}',
  partnersTitle: 'Nuestros socios',
  undecided: 'Sin decidir',
  exempt: 'Exento de consentimiento',
  categories: {
    necessary: [
      'Estrictamente necesarias',
      'Imprescindibles para el funcionamiento del sitio (seguridad, recordar sus opciones). No se pueden desactivar.',
    ],
    preferences: [
      'Preferencias',
      'Recuerdan sus ajustes, como el idioma o la visualización, para adaptar el sitio a sus hábitos.',
    ],
    audience: [
      'Medición de audiencia',
      'Nos ayudan a entender cómo se usa el sitio (páginas vistas, recorridos) para mejorarlo.',
    ],
    social: [
      'Redes sociales',
      'Permiten mostrar contenidos de redes sociales (publicaciones, vídeos) y la sección de comentarios. Si las rechaza, se desactivan estos contenidos integrados y la posibilidad de dejar comentarios.',
    ],
    advertising: [
      'Publicidad',
      'Permiten a nuestros socios mostrarle anuncios adaptados a sus intereses y medir su eficacia.',
    ],
  },
} satisfies Messages;
