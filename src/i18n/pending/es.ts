import type { PendingStrings } from './types.js';

export default {
  intro:
    'Con su consentimiento, nosotros y nuestros socios utilizamos cookies y tecnologías similares con estas finalidades: {purposes}. Rechazarlas no le impide leer el sitio, y puede cambiar de opinión en cualquier momento con «Configurar opciones».',
  introController:
    'Con su consentimiento, {controller} y sus socios utilizan cookies y tecnologías similares con estas finalidades: {purposes}. Rechazarlas no le impide leer el sitio, y puede cambiar de opinión en cualquier momento con «Configurar opciones».',
  socialNote: 'Rechazar las redes sociales también desactiva los contenidos integrados y los comentarios.',
  partners: 'Ver nuestros socios ({count})',
  gateAllowService: 'Permitir {label}',
  gateServiceText:
    'Este contenido procede de {label}, que puede instalar cookies para «{purpose}». Seguirá bloqueado mientras no permita {label}.',
  vendorPrivacy: 'Política de privacidad de {label}',
  partial: 'Permitido en parte',
  undecided: 'Sin decidir',
  cookiesLabel: 'Cookies',
  controllerLabel: 'Responsable del tratamiento: {controller}',
  partnersTitle: 'Nuestros socios',
  exempt: 'Exento de consentimiento',
} satisfies PendingStrings;
