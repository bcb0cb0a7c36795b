import type { PendingStrings } from './types.js';

export default {
  exempt: 'Exempté de consentement',
} satisfies PendingStrings;
