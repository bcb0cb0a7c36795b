// Stand-in for @web/test-runner-commands, which @open-wc/testing's snapshot plugin imports.
// This suite takes no DOM snapshots; the stubs say so loudly if one is ever attempted.
const unsupported = () => Promise.reject(new Error('DOM snapshots are not supported under Vitest'));
export const getSnapshot = unsupported;
export const getSnapshotConfig = unsupported;
export const saveSnapshot = unsupported;
