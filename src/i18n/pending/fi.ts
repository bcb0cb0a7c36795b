import type { PendingStrings } from './types.js';

export default {
  exempt: 'Ei vaadi suostumusta',
} satisfies PendingStrings;
