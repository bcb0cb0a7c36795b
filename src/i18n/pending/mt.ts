import type { PendingStrings } from './types.js';

export default {
  intro:
    'Bil-kunsens tiegħek, aħna u l-imsieħba tagħna nużaw cookies u teknoloġiji simili għal dawn l-għanijiet: {purposes}. Jekk tirrifjuta, xorta tista’ taqra s-sit, u tista’ tbiddel fehmtek meta trid permezz ta’ “Ippersonalizza l-għażliet”.',
  introController:
    'Bil-kunsens tiegħek, {controller} u l-imsieħba jużaw cookies u teknoloġiji simili għal dawn l-għanijiet: {purposes}. Jekk tirrifjuta, xorta tista’ taqra s-sit, u tista’ tbiddel fehmtek meta trid permezz ta’ “Ippersonalizza l-għażliet”.',
  socialNote: 'Jekk tirrifjuta l-midja soċjali, jintfew ukoll il-kontenut inkorporat u l-kummenti.',
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
