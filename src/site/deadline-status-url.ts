/** Where the deadline status script is served (src/pages/deadlines/status.js.ts), a site path made relative on every page. */
export const deadlineStatusScriptUrl = '/deadlines/status.js';
