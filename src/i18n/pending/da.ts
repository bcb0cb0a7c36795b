import type { PendingStrings } from './types.js';

export default {
  exempt: 'Undtaget fra samtykke',
} satisfies PendingStrings;
