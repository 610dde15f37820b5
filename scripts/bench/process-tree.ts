/**
 * Memory of a process tree, read from /proc: the fallback when GNU time is missing, and the
 * whole-tree figure (astro may run helpers such as esbuild beside its own process) either way.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Parent of every live process, from /proc/<pid>/stat (field 4, after the parenthesised name). */
function parentsByPid(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The name may contain spaces and parentheses; the fields after the last ')' are fixed.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
    } catch {
      // The process exited between readdir and read: it has no memory left to count.
    }
  }
  return parents;
}

/** The root and all its live descendants. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parentsByPid()) {
    const list = children.get(parent) ?? [];
    list.push(pid);
    children.set(parent, list);
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** VmHWM (peak resident set) of one process in KiB; 0 when it is gone or a kernel thread. */
export function peakRssKb(pid: number): number {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmHWM:\s+(\d+)\s+kB/m);
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * The measuring harness's own processes (GNU time, npm, the script's shell) are not part of the
 * step: npm alone holds ~65 MB, which would inflate every tree figure by the same constant.
 */
function isWrapper(pid: number): boolean {
  try {
    const name = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
    return name === 'time' || name === 'sh' || name === 'dash' || name === 'bash' || name.startsWith('npm');
  } catch {
    return true;
  }
}

export type TreeSampler = {
  /** Largest Σ VmHWM over the live tree (wrappers left out) in any sample: the tree's peak, counting children. */
  treePeakKb(): number;
  stop(): void;
};

/**
 * Samples the tree under `root` every `intervalMs`. Processes that live less than one interval
 * can be missed, which is why GNU time (exact, from the kernel at exit) is preferred when present.
 */
export function sampleTree(root: number, intervalMs = 100): TreeSampler {
  let treePeak = 0;
  const sample = () => {
    let sum = 0;
    for (const pid of processTree(root)) {
      if (isWrapper(pid)) continue;
      sum += peakRssKb(pid);
    }
    treePeak = Math.max(treePeak, sum);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    treePeakKb: () => treePeak,
    stop: () => {
      clearInterval(timer);
    },
  };
}
