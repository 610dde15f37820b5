/**
 * Names of the files the offline step (scripts/build-offline.ts) adds to the built site. The
 * footer links the zip and the search fallback loads the other two, so they are named once here.
 */

/** The downloadable copy of the whole site. */
export const offlineZip = 'policy-site-offline.zip';
/** Folder every file sits in inside the zip, so unpacking makes one folder, not hundreds of files. */
export const offlineZipFolder = 'policy-site-offline';
/** The search data as a classic script (`window.__policyOfflineSearch = …`): loads from file://. */
export const offlineSearchData = 'offline-search-data.js';
/** The search that reads it, bundled into one classic script. */
export const offlineSearchScript = 'offline-search.js';
/** Global the data script assigns. */
export const offlineSearchGlobal = '__policyOfflineSearch';
