import type { PendingStrings } from './types.js';

export default {
  undecided: 'Neodločeno',
  exempt: 'Ne zahteva privolitve',
} satisfies PendingStrings;
