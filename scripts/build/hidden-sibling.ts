/**
 * A hidden folder beside the built site, named after it (`dist` → `.dist-<what>`): where a step
 * keeps what it hands to a later one, out of the site (Astro empties dist/ when it starts, and the
 * zip packs whatever dist/ holds), and one per site, so builds of two sites do not meet.
 */
import { basename, dirname, join, resolve } from 'node:path';

export const hiddenSiblingOf = (dist: string, what: string) => join(dirname(resolve(dist)), `.${basename(resolve(dist))}-${what}`);
