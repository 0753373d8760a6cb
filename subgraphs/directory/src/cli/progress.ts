/**
 * Progress of a long command: a bar redrawn in place on a terminal, a plain line every few
 * seconds otherwise (CI logs, pipes).
 */
export function progressPrinter(label: string, stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  // Off a terminal, a short command prints no progress at all: its first line comes after 5 s.
  let lastLine = started;
  const interactive = Boolean(stream.isTTY);

  function update(done: number, total: number, rows: number): void {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    const share = total ? Math.min(done / total, 1) : 0;
    const rate = `${Math.round(rows / seconds).toLocaleString('en-US')} rows/s`;
    const counts = `${rows.toLocaleString('en-US')} rows`;
    if (interactive) {
      const width = 30;
      const filled = Math.round(share * width);
      stream.write(
        `\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.round(share * 100)}%  ${counts}  ${rate}  `,
      );
    } else if (Date.now() - lastLine >= 5000) {
      lastLine = Date.now();
      stream.write(`${label}: ${Math.round(share * 100)}% (${counts}, ${rate})\n`);
    }
  }

  function finish(): void {
    if (interactive) stream.write('\n');
  }

  return { update, finish };
}
