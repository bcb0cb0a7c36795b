import type { GateStrings } from '../messages.js';

/** The strings only a `<consent-gate>` placeholder shows: they load with it (src/elements/gate-view.ts). */
export default {
  gateTitle: 'Contenu bloqué : {label}',
  gateText:
    "Ce contenu est fourni par un service tiers qui peut déposer des cookies. Il reste bloqué tant que vous n'autorisez pas « {label} ».",
  gateAllow: 'Autoriser « {label} »',
  gateAllowService: 'Autoriser {label}',
  gateServiceText:
    "Ce contenu est fourni par {label}, qui peut déposer des cookies pour « {purpose} ». Il reste bloqué tant que vous n'autorisez pas {label}.",
  vendorPrivacy: 'Politique de confidentialité de {label}',
} satisfies GateStrings;
