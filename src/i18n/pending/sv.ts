import type { PendingStrings } from './types.js';

export default {
  undecided: 'Inte valt',
  exempt: 'Undantaget från samtycke',
} satisfies PendingStrings;
