import type { PendingStrings } from './types.js';

export default {
  undecided: 'Sin decidir',
  exempt: 'Exento de consentimiento',
} satisfies PendingStrings;
