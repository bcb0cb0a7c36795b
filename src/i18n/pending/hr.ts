import type { PendingStrings } from './types.js';

export default {
  exempt: 'Izuzeto od privole',
} satisfies PendingStrings;
