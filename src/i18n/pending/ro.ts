import type { PendingStrings } from './types.js';

export default {
  exempt: 'Scutit de consimțământ',
} satisfies PendingStrings;
