// Starlight's own docs collection (src/content/docs/), as its starter has it; .mjs keeps the
// project's type-check from looking for @astrojs/starlight, which only the reference installs.
import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
