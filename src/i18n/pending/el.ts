import type { PendingStrings } from './types.js';

export default {
  undecided: 'Εκκρεμεί',
  exempt: 'Εξαιρείται από τη συγκατάθεση',
} satisfies PendingStrings;
