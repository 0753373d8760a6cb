import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { commandDatabase, prepareDatabase } from '@passerelle/platform/database';
import { GraphQLError } from 'graphql';
import { createPrismaClient, migrationsDir } from '../database';
import {
  EXPORT_CONTENT_TYPES,
  EXPORT_VERSIONS,
  type ExportFormat,
  type ExportVersion,
  exportPlaces,
} from '../export/export-places';
import { placeFilterFromJson } from '../search/filter-input';

const USAGE = `Usage: npm run export -- [--format csv|json|geojson] [--version 1|0.1] [--source <name>] [--filter '<PlaceFilter as JSON>'] [--output <file>]

Writes the places matching the filter in the national standard v1.0.2 (CSV in its column order), or
in the legacy v0.1 with --version 0.1, to the output file or to standard output. The filter is the one of the GraphQL \`places\` query, e.g.
  --filter '{"territory": {"kind": "DEPARTMENT", "code": "40"}, "services": ["ADMINISTRATIVE_PROCEDURES"]}'`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      format: { type: 'string', default: 'csv' },
      version: { type: 'string', default: '1' },
      source: { type: 'string' },
      filter: { type: 'string' },
      output: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const format = values.format as ExportFormat;
  const version = values.version as ExportVersion;
  if (values.help || !(format in EXPORT_CONTENT_TYPES) || !(version in EXPORT_VERSIONS)) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 1;
  }
  const filter = placeFilterFromJson(values.filter, new Date());
  if (values.source) filter.datasets = [...(filter.datasets ?? []), values.source];
  const database = commandDatabase('directory');
  await prepareDatabase(database.databaseUrl, migrationsDir, database.databaseSetting);
  const prisma = createPrismaClient(database.databaseUrl);
  const output = values.output ? createWriteStream(values.output) : process.stdout;
  try {
    const count = await exportPlaces(prisma, filter, format, output, { version });
    if (values.output) {
      output.end();
      await finished(output);
    }
    process.stderr.write(`export: ${count} place(s)${values.output ? ` written to ${values.output}` : ''}\n`);
    return 0;
  } finally {
    await prisma.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(
      `export: ${error instanceof GraphQLError ? error.message : (error as Error).message}\n`,
    );
    process.exit(1);
  },
);
