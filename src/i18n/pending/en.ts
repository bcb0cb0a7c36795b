import type { PendingStrings } from './types.js';

export default {
  exempt: 'Exempt from consent',
} satisfies PendingStrings;
