import type { PendingStrings } from './types.js';

export default {
  undecided: 'Non décidé',
  exempt: 'Exempté de consentement',
} satisfies PendingStrings;
