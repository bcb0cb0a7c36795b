import type { PendingStrings } from './types.js';

export default {
  undecided: 'Otsustamata',
  exempt: 'Ei vaja nõusolekut',
} satisfies PendingStrings;
