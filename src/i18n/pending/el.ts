import type { PendingStrings } from './types.js';

export default {
  exempt: 'Εξαιρείται από τη συγκατάθεση',
} satisfies PendingStrings;
