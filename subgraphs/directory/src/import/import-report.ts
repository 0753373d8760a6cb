import path from 'node:path';
import type { SourceDescription } from './read-records';

/** What an import did, row by row where it went wrong: printed by the command, written as JSON. */

export interface RowIssue {
  row: number;
  id: string | null;
  column: string | null;
  value: string | null;
  reason: string;
}

export interface ImportReport {
  file: string;
  dataset: string;
  source: SourceDescription | null;
  dryRun: boolean;
  strict: boolean;
  prune: boolean;
  /** Whether anything was written (false for a dry run, a refused strict import or an unreadable file). */
  written: boolean;
  counts: {
    read: number;
    created: number;
    updated: number;
    unchanged: number;
    /** Rows not written: each has one or more issues in `rejected`. */
    rejected: number;
    warnings: number;
    /** Places of the dataset that the file does not have. */
    absent: number;
    archived: number;
  };
  rejected: RowIssue[];
  warnings: RowIssue[];
  /** The first of the absent places' ids. */
  absentIds: string[];
  /**
   * Why places of the source may be in the file though they were not found in it (the file was not
   * read to its end, a row was read without its id), so that pruning archives none of them; null
   * when the absent places are known.
   */
  pruneBlocked: string | null;
  /** True when there were more issues than the report keeps. */
  issuesTruncated: boolean;
  /** Why the file could not be imported (or not to its end), if so. */
  fatal: string | null;
  durationMs: number;
  /** Rows read per second. */
  rowsPerSecond: number;
  /** Largest memory the process used so far (resident set), in MB. */
  peakMemoryMb: number;
}

/** The report of an import before it read anything. */
export function emptyReport(
  options: { file: string; dataset: string; dryRun?: boolean; strict?: boolean; prune?: boolean },
  source: SourceDescription | null,
): ImportReport {
  return {
    file: path.resolve(options.file),
    dataset: options.dataset,
    source,
    dryRun: Boolean(options.dryRun),
    strict: Boolean(options.strict),
    prune: Boolean(options.prune),
    written: false,
    counts: {
      read: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      warnings: 0,
      absent: 0,
      archived: 0,
    },
    rejected: [],
    warnings: [],
    absentIds: [],
    pruneBlocked: null,
    issuesTruncated: false,
    fatal: null,
    durationMs: 0,
    rowsPerSecond: 0,
    peakMemoryMb: 0,
  };
}

/**
 * The import command's exit code, as README's "Importing" documents it: 0 when every row was
 * imported, 2 when rows were rejected or the file stopped part-way, 1 when nothing could be read.
 */
export function exitCodeOf(report: ImportReport): 0 | 1 | 2 {
  if (report.fatal && !report.counts.read) return 1;
  return report.counts.rejected || report.fatal ? 2 : 0;
}
