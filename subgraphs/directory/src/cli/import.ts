import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openCachePurger } from '@passerelle/platform/cache';
import { dataDir, readChangeSettings, readSecrets } from '@passerelle/platform/config';
import { commandDatabase, prepareDatabase } from '@passerelle/platform/database';
import { ConfigurationError } from '@passerelle/platform/errors';
import { createLogger } from '@passerelle/platform/service';
import { migrationsDir } from '../database';
import { importPlaces } from '../import/import-places';
import { exitCodeOf, type ImportReport, type RowIssue } from '../import/import-report';
import { purgeImportedPlaces } from '../import/purge-imported-places';
import type { FormatOption } from '../import/read-records';
import { progressPrinter } from './progress';

const USAGE = `Usage: npm run import -- <file> --source <name> [--format auto|v1|v0] [--dry-run] [--strict] [--prune] [--report <out.json>]

Imports places of the national standard (CSV or JSON, v1.0.2 or v0.1) into the source <name>.
  --dry-run   check and compare, write nothing
  --strict    write nothing unless every row is valid
  --prune     archive the places of the source that the file no longer has (none of them when
              a row cannot be read or has no id)
  --report    write the whole report, every rejected row included, as JSON`;

function formatIssue(file: string, issue: RowIssue): string {
  const where = `${path.basename(file)}, row ${issue.row}${issue.column ? `, field ${issue.column}` : ''}`;
  return `  ${where}: ${issue.value ? `"${issue.value}" ` : ''}${issue.reason}`;
}

function printSummary(report: ImportReport, reportFile: string | undefined): void {
  const { counts, source } = report;
  const format = source
    ? `${source.kind.toUpperCase()} ${source.version}, ${source.encoding}${source.delimiter ? `, delimiter "${source.delimiter === '\t' ? '\\t' : source.delimiter}"` : ''}`
    : 'unreadable';
  const mode = report.dryRun
    ? ' (dry run: nothing written)'
    : report.strict && !report.written
      ? ' (strict: nothing written)'
      : '';
  const lines = [
    `${path.basename(report.file)} → source "${report.dataset}" (${format}) in ${(report.durationMs / 1000).toFixed(1)} s, ${report.rowsPerSecond} rows/s, peak memory ${report.peakMemoryMb} MB${mode}`,
    `  read ${counts.read} · created ${counts.created} · updated ${counts.updated} · unchanged ${counts.unchanged} · rejected ${counts.rejected} · warnings ${counts.warnings}`,
  ];
  if (source?.unknownColumns.length)
    lines.push(`  columns ignored (not in the standard): ${source.unknownColumns.join(', ')}`);
  if (counts.absent) {
    const outcome = counts.archived
      ? `: ${counts.archived} archived`
      : report.pruneBlocked
        ? `; ${report.prune ? 'pruning skipped' : '--prune would archive none'}: ${report.pruneBlocked}`
        : report.prune
          ? ''
          : ' (--prune archives them)';
    lines.push(`  ${counts.absent} place(s) of the source are not in the file${outcome}`);
  }
  if (report.fatal) lines.push(`  stopped: ${report.fatal}`);
  for (const [title, issues, total] of [
    ['Rejected rows', report.rejected, counts.rejected],
    ['Warnings', report.warnings, counts.warnings],
  ] as const) {
    if (!issues.length) continue;
    lines.push(`${title}${total > 20 ? ` (first 20 of ${total})` : ''}:`);
    for (const issue of issues.slice(0, 20)) lines.push(formatIssue(report.file, issue));
  }
  if (reportFile) lines.push(`Full report: ${reportFile}`);
  else if (counts.rejected > 20 || counts.warnings > 20)
    lines.push('Every row is in the report: add --report <out.json>.');
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** The gateways' caches drop what the import changed (Redis, or the gateway of npm start, signed). */
async function tellGateways(report: ImportReport): Promise<void> {
  const gatewaySecret = process.env.GATEWAY_SECRET ?? readSecrets(dataDir())?.gatewaySecret;
  if (!report.written || !gatewaySecret) return;
  const logger = createLogger('import', 'warn');
  const purger = await openCachePurger({ ...readChangeSettings(), gatewaySecret, logger });
  await purgeImportedPlaces(report, purger);
  await purger.close();
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      source: { type: 'string' },
      format: { type: 'string', default: 'auto' },
      'dry-run': { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      prune: { type: 'boolean', default: false },
      report: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const [file, ...extra] = positionals;
  if (
    values.help ||
    !file ||
    extra.length ||
    !values.source ||
    !['auto', 'v1', 'v0'].includes(values.format ?? '')
  ) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 1;
  }
  const database = commandDatabase('directory');
  await prepareDatabase(database.databaseUrl, migrationsDir, database.databaseSetting);
  const progress = progressPrinter('import');
  const report = await importPlaces({
    databaseUrl: database.databaseUrl,
    databaseSetting: database.databaseSetting,
    file,
    dataset: values.source,
    format: values.format as FormatOption,
    dryRun: values['dry-run'],
    strict: values.strict,
    prune: values.prune,
    onProgress: ({ bytesRead, size, rows }) => progress.update(bytesRead, size, rows),
  });
  progress.finish();
  await tellGateways(report);
  if (values.report) writeFileSync(values.report, `${JSON.stringify(report, null, 2)}\n`);
  printSummary(report, values.report);
  return exitCodeOf(report);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(
      `import: ${error instanceof ConfigurationError ? error.message : (error as Error).stack}\n`,
    );
    process.exit(1);
  },
);
