import type { PendingStrings } from './types.js';

export default {
  undecided: 'Nerozhodnuto',
  exempt: 'Nevyžaduje souhlas',
} satisfies PendingStrings;
