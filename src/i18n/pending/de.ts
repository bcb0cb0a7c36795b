import type { PendingStrings } from './types.js';

export default {
  exempt: 'Von der Einwilligungspflicht ausgenommen',
} satisfies PendingStrings;
