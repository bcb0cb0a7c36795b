import type { GateStrings } from '../messages.js';

/** The strings only a `<consent-gate>` placeholder shows: they load with it (src/elements/gate-view.ts). */
export default {
  gateTitle: 'Blocked content: {label}',
  gateText:
    'This content comes from a third-party service that may set cookies. It stays blocked until you allow “{label}”.',
  gateAllow: 'Allow “{label}”',
  gateAllowService: 'Allow {label}',
  gateServiceText:
    'This content comes from {label}, which may set cookies for “{purpose}”. It stays blocked until you allow {label}.',
  vendorPrivacy: '{label} privacy policy',
} satisfies GateStrings;
