// Plain Starlight, as its starter sets it up, with the corpus's language: zh-CN makes Pagefind
// segment Chinese as the project's own index does. The benchmark sets where the site is written
// and, as the project does (its astro.config.mjs), one content cache per corpus size.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.BENCH_STARLIGHT_DIST ?? './dist',
  cacheDir: process.env.BENCH_STARLIGHT_CACHE ?? './node_modules/.astro',
  integrations: [
    starlight({
      title: '政策知识站（Starlight 对照）',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
    }),
  ],
});
