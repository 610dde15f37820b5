/**
 * `npm run build:site [-- astro build options]`: `astro build` with a heap limit sized to what it
 * renders (scripts/build/site-heap.ts). A library of more than POLICY_SITE_DOCUMENTS_PER_PART
 * documents is built in parts (src/site/site-part.ts): the library pages in one Astro build while
 * the parts are planned (scripts/build/site-plan.ts), then the document and measure pages in one
 * build per share of the documents, up to POLICY_SITE_JOBS at once, each in a twin of the project;
 * their pages are moved into the site when all have succeeded.
 *
 * Environment: POLICY_SITE_DOCUMENTS_PER_PART (default 500), POLICY_SITE_JOBS (default: see defaultPartJobs),
 * POLICY_DIST, POLICY_COLLECTIONS.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectionsDir } from '../src/site/collections-dir.ts';
import type { SitePart } from '../src/site/site-part.ts';
import { siteBuildEnv, siteHeapMb } from './build/site-heap.ts';
import { planSitePartsApart } from './build/site-plan-apart.ts';
import { defaultPartJobs, partRootOf, partsWorkDir, type SitePlan } from './build/site-plan.ts';
import { mergeDocumentsPart } from './build/site-merge.ts';
import { jobSlots } from './build/job-slots.ts';
import { makeProjectTwin } from './build/project-twin.ts';
import { pipePrefixed } from './build/pipe-prefixed.ts';
import { wholeNumberFrom } from './build/whole-number.ts';

// The package exports no path to its CLI: it sits at bin/astro.mjs beside dist/, where `astro` resolves.
const astro = join(dirname(createRequire(import.meta.url).resolve('astro')), '..', 'bin', 'astro.mjs');
const astroArgs = process.argv.slice(2);

/** `astro build` of the project at `root` (this one, or a twin of it), rendering `part`'s pages of `documents` documents. */
function astroBuild(root: string, part: SitePart, env: Record<string, string>, documents: number, prefix: string | null): Promise<boolean> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${siteHeapMb(part, documents)}`, astro, 'build', ...astroArgs], {
      cwd: root,
      env: { ...process.env, ...siteBuildEnv(process.env), ...env },
      stdio: prefix ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    if (prefix) {
      pipePrefixed(child.stdout!, process.stdout, prefix);
      pipePrefixed(child.stderr!, process.stderr, prefix);
    }
    child.on('error', (error) => {
      console.error(`build:site: cannot start astro: ${error.message}`);
      done(false);
    });
    child.on('exit', (code) => done(code === 0));
  });
}

async function main(): Promise<number> {
  const perPart = wholeNumberFrom('POLICY_SITE_DOCUMENTS_PER_PART', process.env.POLICY_SITE_DOCUMENTS_PER_PART, 500);
  const documentsDir = join(collectionsDir, 'documents');
  const documents = existsSync(documentsDir) ? readdirSync(documentsDir).filter((n) => n.endsWith('.mdx')).length : 0;
  const project = fileURLToPath(new URL('..', import.meta.url));
  if (documents <= perPart) return (await astroBuild(project, 'whole', {}, documents, null)) ? 0 : 1;

  const dist = resolve(process.env.POLICY_DIST || 'dist');
  const work = partsWorkDir(project, dist);
  const started = performance.now();
  const planning = planSitePartsApart(collectionsDir, work, perPart).then((p): SitePlan | null => {
    for (const problem of p.problems) console.error(`${problem.file}:${problem.line}: ${problem.id}: ${problem.message} (left out)`);
    console.log(`build:site: ${documents} documents in ${p.parts.length} parts of at most ${perPart}, planned in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return p;
  }, (error: unknown) => {
    console.error(`build:site: planning the parts failed: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  });
  // Each documents part builds in a twin of the project (project-twin.ts), so parts can build at
  // once; its output inside the twin, where Astro then keeps that build's prerender modules too.
  const twinOf = (k: number) => {
    makeProjectTwin(project, partRootOf(work, k));
    return partRootOf(work, k);
  };
  const partDist = (k: number) => join(partRootOf(work, k), 'dist');
  // One at a time, since each holds the whole library's data: the planning (in a process of its own,
  // whose memory goes when it ends: 2.8 GB at 10,000 documents beside the library part's 2.3 GB
  // was more than either), then the library part; then the documents parts, up to `jobs` at once.
  const plan = await planning;
  const libraryBuilt = plan ? await astroBuild(project, 'library', { POLICY_SITE_PART: 'library', POLICY_DIST: dist }, documents, null) : false;
  const jobs = wholeNumberFrom('POLICY_SITE_JOBS', process.env.POLICY_SITE_JOBS, plan ? defaultPartJobs(plan.parts.length) : 1);
  const slot = jobSlots(jobs);
  const partsBuilt = plan && libraryBuilt
    ? await Promise.all(plan.parts.map((part, k) => slot(() => astroBuild(
      twinOf(k),
      'documents',
      { POLICY_SITE_PART: 'documents', POLICY_COLLECTIONS: part.collections, POLICY_DIST: partDist(k) },
      part.documentIds.length,
      jobs > 1 ? `[documents ${k + 1}/${plan.parts.length}] ` : null,
    ))))
    : [];
  if (!plan || !libraryBuilt || partsBuilt.includes(false)) {
    console.error(`build:site: failed${libraryBuilt ? '' : ': the library pages'}${partsBuilt.includes(false) ? `: documents parts ${partsBuilt.flatMap((ok, k) => (ok ? [] : [k + 1])).join(', ')}` : ''}`);
    return 1;
  }
  plan.parts.forEach((part, k) => mergeDocumentsPart(partDist(k), dist, part));
  rmSync(work, { recursive: true, force: true });
  return 0;
}

process.exitCode = await main();
