import type { PendingStrings } from './types.js';

export default {
  exempt: 'Exento de consentimiento',
} satisfies PendingStrings;
