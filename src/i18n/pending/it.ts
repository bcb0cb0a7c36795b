import type { PendingStrings } from './types.js';

export default {
  exempt: 'Esente da consenso',
} satisfies PendingStrings;
