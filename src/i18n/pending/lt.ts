import type { PendingStrings } from './types.js';

export default {
  undecided: 'Nenuspręsta',
  exempt: 'Sutikimo nereikia',
} satisfies PendingStrings;
