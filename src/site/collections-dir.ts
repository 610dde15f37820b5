/** Where the split wrote the MDX collections: $POLICY_COLLECTIONS (absolute, or relative to the project root), else content/collections. */
export const collectionsDir = (process.env.POLICY_COLLECTIONS || 'content/collections').replace(/\/?$/, '/');
