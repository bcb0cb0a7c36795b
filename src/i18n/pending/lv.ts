import type { PendingStrings } from './types.js';

export default {
  undecided: 'Nav izlemts',
  exempt: 'Piekrišana nav vajadzīga',
} satisfies PendingStrings;
