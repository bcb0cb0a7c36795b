import type { PendingStrings } from './types.js';

export default {
  undecided: 'Ikke valgt',
  exempt: 'Undtaget fra samtykke',
} satisfies PendingStrings;
