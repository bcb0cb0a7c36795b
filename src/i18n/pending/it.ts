import type { PendingStrings } from './types.js';

export default {
  undecided: 'Non deciso',
  exempt: 'Esente da consenso',
} satisfies PendingStrings;
