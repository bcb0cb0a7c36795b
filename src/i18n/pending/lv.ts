import type { PendingStrings } from './types.js';

export default {
  exempt: 'Piekrišana nav vajadzīga',
} satisfies PendingStrings;
