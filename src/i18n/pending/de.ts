import type { PendingStrings } from './types.js';

export default {
  undecided: 'Nicht entschieden',
  exempt: 'Von der Einwilligungspflicht ausgenommen',
} satisfies PendingStrings;
