import type { PendingStrings } from './types.js';

export default {
  undecided: 'Not decided',
  exempt: 'Exempt from consent',
} satisfies PendingStrings;
