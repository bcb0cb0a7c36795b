import type { Messages } from './messages.js';

export default {
  title: 'Vaša izbira glede piškotkov',
  intro:
    'Z vašo privolitvijo mi in naši partnerji uporabljamo piškotke in podobne tehnologije za naslednje namene: {purposes}. Zavrnitev vam ne preprečuje branja spletnega mesta, svojo odločitev pa lahko kadar koli spremenite z gumbom »Prilagodi izbiro«.',
  introController:
    'Z vašo privolitvijo {controller} s svojimi partnerji uporablja piškotke in podobne tehnologije za naslednje namene: {purposes}. Zavrnitev vam ne preprečuje branja spletnega mesta, svojo odločitev pa lahko kadar koli spremenite z gumbom »Prilagodi izbiro«.',
  socialNote: 'Zavrnitev družbenih omrežij izklopi tudi vdelane vsebine in komentarje.',
  acceptAll: 'Sprejmi vse',
  refuseAll: 'Zavrni vse',
  settings: 'Prilagodi izbiro',
  privacy: 'Pravilnik o zasebnosti',
  prefsTitle: 'Prilagodite svojo izbiro',
  prefsIntro:
    'Vklopite ali izklopite posamezne namene. Vaša izbira se shrani v tej napravi in jo lahko kadar koli spremenite.',
  save: 'Shrani izbiro',
  close: 'Zapri',
  continueWithout: 'Nadaljuj brez privolitve',
  reopen: 'Nastavitve piškotkov',
  saved: 'Vaša izbira je shranjena.',
  gpc: 'Vaš brskalnik pošilja signal Global Privacy Control, zato »Sprejmi vse« tega namena ne vklopi. Tukaj ga lahko vklopite sami.',
  gateTitle: 'Blokirana vsebina: {label}',
  gateText:
    'Ta vsebina prihaja iz storitve tretje osebe, ki lahko nastavi piškotke. Ostane blokirana, dokler ne dovolite »{label}«.',
  gateAllow: 'Dovoli »{label}«',
  granted: 'Dovoljeno',
  refused: 'Zavrnjeno',
  partners: 'Prikaži naše partnerje ({count})',
  gateAllowService: 'Dovoli {label}',
  gateServiceText:
    'Ta vsebina prihaja iz storitve {label}, ki lahko nastavi piškotke za namen »{purpose}«. Ostane blokirana, dokler ne dovolite storitve {label}.',
  vendorPrivacy: 'Pravilnik o zasebnosti storitve {label}',
  partial: 'Delno dovoljeno',
  cookiesLabel: 'Piškotki',
  controllerLabel: 'Upravljavec podatkov: {controller}',
  partnersTitle: 'Naši partnerji',
  undecided: 'Neodločeno',
  exempt: 'Ne zahteva privolitve',
  categories: {
    necessary: [
      'Nujno potrebni',
      'Potrebni za delovanje spletnega mesta (varnost, shranjevanje vaše izbire). Ni jih mogoče izklopiti.',
    ],
    preferences: [
      'Preference',
      'Zapomnijo si vaše nastavitve, kot sta jezik ali prikaz, da se spletno mesto prilagodi vašim navadam.',
    ],
    audience: [
      'Merjenje obiskanosti',
      'Pomagajo nam razumeti, kako se spletno mesto uporablja (ogledane strani, poti po strani), da ga lahko izboljšamo.',
    ],
    social: [
      'Družbena omrežja',
      'Omogočajo prikaz vsebin z družbenih omrežij (objave, videoposnetki) in razdelka s komentarji. Če jih zavrnete, se te vdelane vsebine in možnost oddaje komentarjev izklopijo.',
    ],
    advertising: [
      'Oglaševanje',
      'Našim partnerjem omogočajo, da vam prikazujejo oglase, prilagojene vašim interesom, in merijo njihovo učinkovitost.',
    ],
  },
} satisfies Messages;
