import type { PendingStrings } from './types.js';

export default {
  undecided: 'Nog niet gekozen',
  exempt: 'Vrijgesteld van toestemming',
} satisfies PendingStrings;
