import type { PendingStrings } from './types.js';

export default {
  undecided: 'Bez odluke',
  exempt: 'Izuzeto od privole',
} satisfies PendingStrings;
