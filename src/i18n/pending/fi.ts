import type { PendingStrings } from './types.js';

export default {
  undecided: 'Ei valittu',
  exempt: 'Ei vaadi suostumusta',
} satisfies PendingStrings;
