import type { PendingStrings } from './types.js';

export default {
  exempt: 'Isento de consentimento',
} satisfies PendingStrings;
