import type { PendingStrings } from './types.js';

export default {
  undecided: 'Nedecis',
  exempt: 'Scutit de consimțământ',
} satisfies PendingStrings;
