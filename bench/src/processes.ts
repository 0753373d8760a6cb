import { readFileSync } from 'node:fs';

/** CPU-seconds and resident memory of running processes, read from /proc (Linux). */

const CLOCK_TICKS = 100;

export function cpuSeconds(pid: number): number {
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

export function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : 0;
}

/** Samples the RSS of the processes every 200 ms until stopped; returns each one's peak in MB. */
export function sampleRss(pids: Record<string, number>): () => Record<string, number> {
  const peaks: Record<string, number> = {};
  const sample = () => {
    for (const [name, pid] of Object.entries(pids)) {
      try {
        peaks[name] = Math.max(peaks[name] ?? 0, rssMb(pid));
      } catch {
        // The process ended: its last peak stands.
      }
    }
  };
  sample();
  const timer = setInterval(sample, 200);
  return () => {
    clearInterval(timer);
    sample();
    return Object.fromEntries(Object.entries(peaks).map(([name, mb]) => [name, Math.round(mb)]));
  };
}
