import type { PendingStrings } from './types.js';

export default {
  partners: 'Ara l-imsieħba tagħna ({count})',
  gateAllowService: 'Ippermetti {label}',
  gateServiceText:
    'Dan il-kontenut ġej mis-servizz {label}, li jista’ jpoġġi cookies għal “{purpose}”. Jibqa’ imblukkat sakemm tippermetti {label}.',
  vendorPrivacy: 'Politika tal-privatezza ta’ {label}',
  partial: 'Permess parzjalment',
  undecided: 'Mhux deċiż',
  cookiesLabel: 'Cookies',
  controllerLabel: 'Kontrollur tad-data: {controller}',
  partnersTitle: 'L-imsieħba tagħna',
  exempt: 'Eżentat mill-kunsens',
} satisfies PendingStrings;
