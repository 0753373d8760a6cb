import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { type ExportFormat, writeRecords } from '../export/export-places';
import { generateDemoPlaces } from '../seed/demo-places';
import { toStandardRecord } from '../standard/to-record';

const USAGE = `Usage: npm run generate:places -- --places <count> --output <file> [--format csv|json]

Writes <count> realistic places in the national standard (real communes and postal codes in every
département, weighted by population), for demos, load tests and benchmarks.`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      places: { type: 'string' },
      output: { type: 'string' },
      format: { type: 'string', default: 'csv' },
      help: { type: 'boolean', default: false },
    },
  });
  const count = Number(values.places);
  if (
    values.help ||
    !values.output ||
    !Number.isInteger(count) ||
    count < 1 ||
    !['csv', 'json'].includes(values.format ?? '')
  ) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 1;
  }
  const output = createWriteStream(values.output);
  const records = (function* () {
    for (const place of generateDemoPlaces(count)) yield toStandardRecord(place);
  })();
  const written = await writeRecords(records, values.format as ExportFormat, output);
  output.end();
  await finished(output);
  process.stderr.write(`generate: ${written} places written to ${values.output}\n`);
  return 0;
}

main().then((code) => process.exit(code));
