import type { Messages } from './messages.js';

export default {
  title: 'L-għażliet tiegħek dwar il-cookies',
  intro:
    'Bil-kunsens tiegħek, aħna u l-imsieħba tagħna nużaw cookies u teknoloġiji simili għal dawn l-għanijiet: {purposes}. Jekk tirrifjuta, xorta tista’ taqra s-sit, u tista’ tbiddel fehmtek meta trid permezz ta’ “Ippersonalizza l-għażliet”.',
  introController:
    'Bil-kunsens tiegħek, {controller} u l-imsieħba jużaw cookies u teknoloġiji simili għal dawn l-għanijiet: {purposes}. Jekk tirrifjuta, xorta tista’ taqra s-sit, u tista’ tbiddel fehmtek meta trid permezz ta’ “Ippersonalizza l-għażliet”.',
  socialNote: 'Jekk tirrifjuta l-midja soċjali, jintfew ukoll il-kontenut inkorporat u l-kummenti.',
  acceptAll: 'Aċċetta kollox',
  refuseAll: 'Irrifjuta kollox',
  settings: 'Ippersonalizza l-għażliet',
  privacy: 'Politika tal-privatezza',
  prefsTitle: 'Ippersonalizza l-għażliet tiegħek',
  prefsIntro: 'Ixgħel jew itfi kull għan. L-għażla tiegħek tinżamm fuq dan l-apparat u tista’ tbiddilha meta trid.',
  save: 'Issejvja l-għażliet tiegħi',
  close: 'Agħlaq',
  continueWithout: 'Kompli mingħajr ma taċċetta',
  reopen: 'Issettjar tal-cookies',
  saved: 'L-għażla tiegħek inżammet.',
  gpc: 'Il-browser tiegħek jibgħat is-sinjal Global Privacy Control, għalhekk “Aċċetta kollox” ma jixgħelx dan l-għan. Madankollu, tista’ tixgħel dan l-għan hawn int stess.',
  gateTitle: 'Kontenut imblukkat: {label}',
  gateText:
    'Dan il-kontenut ġej minn servizz ta’ parti terza li jista’ jpoġġi cookies. Jibqa’ imblukkat sakemm tippermetti “{label}”.',
  gateAllow: 'Ippermetti “{label}”',
  granted: 'Permess',
  refused: 'Rifjutat',
  partners: 'Ara l-imsieħba tagħna ({count})',
  gateAllowService: 'Ippermetti {label}',
  gateServiceText:
    'Dan il-kontenut ġej mis-servizz {label}, li jista’ jpoġġi cookies għal “{purpose}”. Jibqa’ imblukkat sakemm tippermetti {label}.',
  vendorPrivacy: 'Politika tal-privatezza ta’ {label}',
  partial: 'Permess parzjalment',
  cookiesLabel: 'Cookies',
  controllerLabel: 'Kontrollur tad-data: {controller}',
  partnersTitle: 'L-imsieħba tagħna',
  undecided: 'Mhux deċiż',
  exempt: 'Eżentat mill-kunsens',
  categories: {
    necessary: [
      'Strettament meħtieġa',
      'Meħtieġa biex is-sit jaħdem (sigurtà, il-ħażna tal-għażliet tiegħek). Ma jistgħux jiġu mitfija.',
    ],
    preferences: [
      'Preferenzi',
      'Jiftakru l-issettjar tiegħek, bħall-lingwa jew il-wiri, biex is-sit jadatta ruħu għad-drawwiet tiegħek.',
    ],
    audience: ['Kejl tal-udjenza', 'Jgħinuna nifhmu kif jintuża s-sit (paġni mżura, rotot) biex intejbuh.'],
    social: [
      'Midja soċjali',
      'Jippermettu li nuru kontenut mill-midja soċjali (posts, vidjows) u t-taqsima tal-kummenti. Jekk tirrifjutahom, dan il-kontenut inkorporat u l-possibbiltà li tħalli kumment jiġu mitfija.',
    ],
    advertising: [
      'Reklamar',
      'Jippermettu lill-imsieħba tagħna li juruk reklami adattati għall-interessi tiegħek u jkejlu kemm huma effettivi.',
    ],
  },
} satisfies Messages;
