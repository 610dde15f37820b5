/**
 * Plans a build in parts (scripts/build/site-plan.ts) in a process of its own: at 10,000 documents
 * reading every entry and relating the measures held 2.8 GB (1.4–1.5 GB since the related measures
 * keep no text's pairs), which goes with the process, so the
 * build that runs the Astro builds after it stays small (and a process's high-water mark, which
 * the benchmark sums over the live processes, says so too).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { planSiteParts, type SitePlan } from './site-plan.ts';

export function planSitePartsApart(collections: string, work: string, documentsPerPart: number): Promise<SitePlan> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), collections, work, String(documentsPerPart)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => { out += chunk; });
    child.once('error', fail);
    child.once('close', (code) => {
      if (code !== 0) fail(new Error(`planning the parts stopped with exit code ${code}`));
      else done(JSON.parse(out) as SitePlan);
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [collections, work, perPart] = process.argv.slice(2);
  process.stdout.write(JSON.stringify(planSiteParts(collections!, work!, Number(perPart))));
}
