import type { PendingStrings } from './types.js';

export default {
  exempt: 'Undantaget från samtycke',
} satisfies PendingStrings;
