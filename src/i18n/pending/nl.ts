import type { PendingStrings } from './types.js';

export default {
  exempt: 'Vrijgesteld van toestemming',
} satisfies PendingStrings;
