import type { PendingStrings } from './types.js';

export default {
  exempt: 'Ei vaja nõusolekut',
} satisfies PendingStrings;
