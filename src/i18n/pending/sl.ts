import type { PendingStrings } from './types.js';

export default {
  intro:
    'Z vašo privolitvijo mi in naši partnerji uporabljamo piškotke in podobne tehnologije za naslednje namene: {purposes}. Zavrnitev vam ne preprečuje branja spletnega mesta, svojo odločitev pa lahko kadar koli spremenite z gumbom »Prilagodi izbiro«.',
  introController:
    'Z vašo privolitvijo {controller} s svojimi partnerji uporablja piškotke in podobne tehnologije za naslednje namene: {purposes}. Zavrnitev vam ne preprečuje branja spletnega mesta, svojo odločitev pa lahko kadar koli spremenite z gumbom »Prilagodi izbiro«.',
  socialNote: 'Zavrnitev družbenih omrežij izklopi tudi vdelane vsebine in komentarje.',
  partners: 'Prikaži naše partnerje ({count})',
  gateAllowService: 'Dovoli {label}',
  gateServiceText:
    'Ta vsebina prihaja iz storitve {label}, ki lahko nastavi piškotke za namen »{purpose}«. Ostane blokirana, dokler ne dovolite storitve {label}.',
  vendorPrivacy: 'Pravilnik o zasebnosti storitve {label}',
  partial: 'Delno dovoljeno',
  undecided: 'Neodločeno',
  cookiesLabel: 'Piškotki',
  controllerLabel: 'Upravljavec podatkov: {controller}',
  partnersTitle: 'Naši partnerji',
  exempt: 'Ne zahteva privolitve',
} satisfies PendingStrings;
