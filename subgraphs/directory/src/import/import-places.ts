import { connect } from '@passerelle/platform/database';
import type { Client } from 'pg';
import { isDatasetName } from '../places/dataset-name';
import { type PlaceRow, placeRow } from '../places/place-row';
import { insertPlaceRows, updatePlaceRows } from '../places/write-places';
import { convertV0Record } from '../standard/v0-to-v1';
import { type PlaceFields, validateRecord } from '../standard/validate';
import { emptyReport, type ImportReport, type RowIssue } from './import-report';
import { type FormatOption, openSource, type Source } from './read-records';
import { SourceFileError } from './source-file-error';
import { readableId } from './source-items';

/**
 * Imports a file of places into a dataset (the import's `--source`): valid rows are created or
 * updated by (dataset, id), invalid rows are reported and never written. Streams the file and
 * writes in batches, one transaction each: a killed import leaves whole batches, and running it
 * again completes it, since an unchanged row is never rewritten.
 */

export interface ImportOptions {
  databaseUrl: string;
  /** The setting the URL came from, named in connection errors. */
  databaseSetting?: string;
  file: string;
  dataset: string;
  format?: FormatOption;
  /** Validate and compare, write nothing. */
  dryRun?: boolean;
  /** Write nothing unless every row is valid. */
  strict?: boolean;
  /** Archive the places of the dataset that the file no longer has. */
  prune?: boolean;
  today?: Date;
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportProgress {
  rows: number;
  bytesRead: number;
  size: number;
}

/** Reports keep this many issues of each kind; counts stay exact. */
const MAX_ISSUES = 10_000;
const MAX_ABSENT_IDS = 1000;

type PendingRow = { row: number; fields: PlaceFields };

interface PreparedBatch {
  creates: PlaceRow[];
  updates: { id: string; row: PlaceRow }[];
}

/** Batches written at once, each on its own connection, while the next is read. */
const WRITERS = 2;

class ImportRun {
  readonly report: ImportReport;
  private pending: PendingRow[] = [];
  /** Ids of rejected rows: present in the file, so never "absent", but never written. */
  private seenOnly: string[] = [];
  /** The first row whose place cannot be told (unreadable, or without an id): pruning is then unsafe. */
  private unidentifiedRow: string | undefined;
  /** What each writer connection is doing; a batch waits for its writer to be free. */
  private readonly writing: Promise<void>[] = Array.from({ length: WRITERS }, () => Promise.resolve());
  private batches = 0;

  /**
   * `lookup` reads (ids already seen in the file, places already stored) in file order; the
   * writers write batches in transactions of their own.
   */
  constructor(
    private readonly lookup: Client,
    private readonly writers: Client[],
    private readonly source: Source,
    private readonly options: ImportOptions & { write: boolean },
  ) {
    this.report = emptyReport(options, source.description);
  }

  private keep(list: 'rejected' | 'warnings', issue: RowIssue): void {
    if (this.report[list].length < MAX_ISSUES) this.report[list].push(issue);
    else this.report.issuesTruncated = true;
  }

  private warn(issue: RowIssue): void {
    this.report.counts.warnings++;
    this.keep('warnings', issue);
  }

  /** One rejected row, with one issue per field at fault; its place is not absent from the file. */
  private reject(row: number, id: string | null, issues: RowIssue[]): void {
    this.report.counts.rejected++;
    for (const issue of issues) this.keep('rejected', issue);
    if (id) this.seenOnly.push(id);
    else this.unidentifiedRow ??= `row ${row} has no id`;
  }

  async run(): Promise<void> {
    const { lookup, writers, source, options } = this;
    const today = options.today ?? new Date();
    // Commits do not wait for the disk: a crash may lose the last batches, which a re-run redoes.
    for (const client of [lookup, ...writers]) await client.query('SET synchronous_commit = off');
    await lookup.query('CREATE TEMP TABLE IF NOT EXISTS import_seen (external_id text PRIMARY KEY)');
    await lookup.query('TRUNCATE import_seen');
    if (!options.write) {
      await lookup.query(
        'CREATE TEMP TABLE IF NOT EXISTS import_unwritten (external_id text PRIMARY KEY, updated_on date, content_hash text)',
      );
      await lookup.query('TRUNCATE import_unwritten');
    }
    try {
      for await (const item of source.items) {
        this.report.counts.read++;
        if (item.kind === 'problem') {
          // Even with its id, an unreadable row may hide the ids of the rows it swallowed.
          this.unidentifiedRow ??= `row ${item.row} could not be read`;
          this.reject(item.row, item.id, [
            { row: item.row, id: item.id, column: item.column, value: null, reason: item.reason },
          ]);
          continue;
        }
        let record = item.record;
        const id = readableId(record.id);
        if (source.description.version === 'v0') {
          const converted = convertV0Record(record);
          record = converted.record;
          for (const dropped of converted.dropped) {
            this.warn({
              row: item.row,
              id,
              ...dropped,
              reason: 'has no equivalent in v1 of the standard: dropped',
            });
          }
          if (converted.unknown.length) {
            this.reject(
              item.row,
              id,
              converted.unknown.map((unknown) => ({
                row: item.row,
                id,
                ...unknown,
                reason: 'is not a value of the standard (v0.1)',
              })),
            );
            continue;
          }
        }
        const validation = validateRecord(record, { today });
        for (const warning of validation.warnings) this.warn({ row: item.row, id, ...warning });
        if (!validation.valid) {
          this.reject(
            item.row,
            id,
            validation.errors.map((error) => ({ row: item.row, id, ...error })),
          );
          continue;
        }
        this.pending.push({ row: item.row, fields: validation.place });
        if (this.pending.length >= (options.batchSize ?? 1000)) await this.flush();
      }
      await this.flush();
    } catch (error) {
      if (!(error instanceof SourceFileError)) throw error;
      await this.flush();
      this.report.fatal = error.message;
    }
    await Promise.all(this.writing);
    await this.findAbsent();
  }

  /** Prepares the pending rows in file order, then hands them to the next free writer. */
  private async flush(): Promise<void> {
    if (!this.pending.length && !this.seenOnly.length) return;
    const batch = this.pending;
    this.pending = [];
    const writer = this.batches++ % WRITERS;
    await this.writing[writer];
    const prepared = await this.prepare(batch);
    if (!this.options.write) {
      await this.keepUnwritten(prepared);
      this.report.counts.created += prepared.creates.length;
      this.report.counts.updated += prepared.updates.length;
      this.progress();
      return;
    }
    const write = this.write(this.writers[writer] as Client, prepared);
    // A failed write stops the import at the next flush or at the end, never unhandled.
    write.catch(() => undefined);
    this.writing[writer] = write;
  }

  private async prepare(batch: PendingRow[]): Promise<PreparedBatch> {
    const { lookup, options } = this;
    // The same id twice in a batch: the later row wins.
    const latest = new Map<string, PendingRow>();
    for (const entry of batch) {
      const earlier = latest.get(entry.fields.externalId);
      if (earlier) this.duplicate(earlier.row, entry);
      latest.set(entry.fields.externalId, entry);
    }
    const seenOnly = this.seenOnly;
    this.seenOnly = [];
    const ids = [...latest.keys()];
    const firstSeen = await lookup.query<{ external_id: string }>(
      'INSERT INTO import_seen SELECT unnest($1::text[]) ON CONFLICT DO NOTHING RETURNING external_id',
      [[...ids, ...seenOnly]],
    );
    const seenBefore = new Set(ids);
    for (const { external_id } of firstSeen.rows) seenBefore.delete(external_id);
    if (seenBefore.size) {
      for (const id of seenBefore) this.duplicate(null, latest.get(id) as PendingRow);
      // An id of an earlier batch: compare with what that batch wrote.
      await Promise.all(this.writing);
    }

    const existing = await lookup.query<{
      id: string;
      external_id: string;
      updated_on: Date;
      content_hash: string;
      archived_at: Date | null;
      merged_into_id: string | null;
    }>(
      `SELECT id, external_id, updated_on, content_hash, archived_at, merged_into_id
       FROM place WHERE dataset = $1 AND external_id = ANY($2)`,
      [options.dataset, ids],
    );
    const stored = new Map(existing.rows.map((row) => [row.external_id, row]));
    if (!options.write && seenBefore.size) {
      // Nothing was written: compare with what the earlier batch would have written.
      const unwritten = await lookup.query<{ external_id: string; updated_on: Date; content_hash: string }>(
        'SELECT external_id, updated_on, content_hash FROM import_unwritten WHERE external_id = ANY($1)',
        [[...seenBefore]],
      );
      for (const row of unwritten.rows) {
        const current = stored.get(row.external_id);
        stored.set(row.external_id, {
          id: current?.id ?? '',
          ...row,
          archived_at: null,
          merged_into_id: null,
        });
      }
    }
    const prepared: PreparedBatch = { creates: [], updates: [] };
    for (const { row, fields } of latest.values()) {
      const current = stored.get(fields.externalId);
      const next = placeRow(options.dataset, fields);
      if (!current) prepared.creates.push(next);
      else if (current.merged_into_id) this.report.counts.unchanged++;
      else if (fields.updatedOn.getTime() < dateOnly(current.updated_on)) {
        this.report.counts.unchanged++;
        this.warn({
          row,
          id: fields.externalId,
          column: 'date_maj',
          value: fields.updatedOn.toISOString().slice(0, 10),
          reason: 'older than the stored version: ignored',
        });
      } else if (current.archived_at || current.content_hash !== next.contentHash) {
        prepared.updates.push({ id: current.id, row: next });
      } else this.report.counts.unchanged++;
    }
    return prepared;
  }

  /** What a batch would have written, for later batches of a dry run to compare with. */
  private async keepUnwritten({ creates, updates }: PreparedBatch): Promise<void> {
    const rows = [...creates, ...updates.map((update) => update.row)];
    if (!rows.length) return;
    await this.lookup.query(
      `INSERT INTO import_unwritten SELECT * FROM unnest($1::text[], $2::date[], $3::text[])
       ON CONFLICT (external_id) DO UPDATE SET updated_on = excluded.updated_on, content_hash = excluded.content_hash`,
      [
        rows.map((row) => row.externalId),
        rows.map((row) => row.updatedOn.toISOString().slice(0, 10)),
        rows.map((row) => row.contentHash),
      ],
    );
  }

  private async write(client: Client, { creates, updates }: PreparedBatch): Promise<void> {
    await client.query('BEGIN');
    try {
      // Awaited first: `x += await …` would read the count before another writer updates it.
      const created = await insertPlaceRows(client, creates);
      const updated = await updatePlaceRows(client, updates);
      await client.query('COMMIT');
      this.report.counts.created += created;
      this.report.counts.updated += updated;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
    this.progress();
  }

  private progress(): void {
    this.options.onProgress?.({
      rows: this.report.counts.read,
      bytesRead: this.source.bytesRead(),
      size: this.source.size,
    });
  }

  private duplicate(earlierRow: number | null, entry: PendingRow): void {
    this.warn({
      row: entry.row,
      id: entry.fields.externalId,
      column: 'id',
      value: entry.fields.externalId,
      reason: `appears more than once in the file${earlierRow ? ` (also row ${earlierRow})` : ''}: the last row is used`,
    });
  }

  /** Places of the dataset that the file does not have; archived with `prune` after a complete read. */
  private async findAbsent(): Promise<void> {
    const { lookup, options, report } = this;
    const absentCondition = `dataset = $1 AND archived_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM import_seen seen WHERE seen.external_id = place.external_id)`;
    const count = await lookup.query<{ count: string }>(
      `SELECT count(*) FROM place WHERE ${absentCondition}`,
      [options.dataset],
    );
    report.counts.absent = Number(count.rows[0]?.count ?? 0);
    const sample = await lookup.query<{ external_id: string }>(
      `SELECT external_id FROM place WHERE ${absentCondition} ORDER BY external_id LIMIT ${MAX_ABSENT_IDS}`,
      [options.dataset],
    );
    report.absentIds = sample.rows.map((row) => row.external_id);
    // A file read only in part, or a row whose place is unknown, says nothing sure about what is absent.
    const unsure = report.fatal
      ? 'the file was not read to its end'
      : this.unidentifiedRow && `${this.unidentifiedRow}, so its place may be among the absent ones`;
    if (report.counts.absent && unsure) report.pruneBlocked = unsure;
    if (options.prune && options.write && !report.pruneBlocked && report.counts.absent) {
      const archived = await lookup.query(`UPDATE place SET archived_at = now() WHERE ${absentCondition}`, [
        options.dataset,
      ]);
      report.counts.archived = archived.rowCount ?? 0;
    }
  }
}

/** Dates come back from PostgreSQL at local midnight; compare calendar days. */
function dateOnly(date: Date): number {
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
}

async function pass(options: ImportOptions, write: boolean): Promise<ImportReport> {
  let source: Source;
  try {
    source = await openSource(options.file, options.format);
  } catch (error) {
    if (!(error instanceof SourceFileError)) throw error;
    return { ...emptyReport(options, null), fatal: error.message };
  }
  const setting = options.databaseSetting ?? 'DATABASE_URL';
  const clients = await Promise.all(
    Array.from({ length: write ? 1 + WRITERS : 1 }, () => connect(options.databaseUrl, setting)),
  );
  try {
    const [lookup, ...writers] = clients as [Client, ...Client[]];
    const run = new ImportRun(lookup, writers, source, { ...options, write });
    await run.run();
    return { ...run.report, written: write };
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
}

export async function importPlaces(options: ImportOptions): Promise<ImportReport> {
  const started = Date.now();
  if (!isDatasetName(options.dataset)) {
    return {
      ...emptyReport(options, null),
      fatal: `source "${options.dataset}" must be letters, digits, dots, dashes or underscores (64 at most)`,
    };
  }
  let report: ImportReport;
  if (options.strict && !options.dryRun) {
    // First a full check; write only if every row is valid.
    const check = await pass(options, false);
    report = check.fatal || check.counts.rejected ? check : await pass(options, true);
  } else {
    report = await pass(options, !options.dryRun);
  }
  const durationMs = Date.now() - started;
  return {
    ...report,
    durationMs,
    rowsPerSecond: Math.round((report.counts.read * 1000) / Math.max(durationMs, 1)),
    peakMemoryMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}
