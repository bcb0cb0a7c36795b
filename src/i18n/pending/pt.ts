import type { PendingStrings } from './types.js';

export default {
  undecided: 'Por decidir',
  exempt: 'Isento de consentimento',
} satisfies PendingStrings;
