/**
 * Finds where a CSV row ends (a line feed outside quotes) across as many chunks of text as it
 * takes, holding none of them: how the import steps over a row too long to read, to the rows after
 * it. Quotes count as CSV (and PapaParse) reads them: they open a cell only at its start, and `""`
 * inside a quoted cell is a quote.
 */

type State = 'cellStart' | 'unquoted' | 'quoted' | 'quoteInQuoted';

export class CsvRowEnd {
  private state: State = 'cellStart';

  constructor(private readonly delimiter: string) {}

  /** Whether the text scanned so far ends inside a quoted cell (a quote never closed, at the end of the file). */
  get inQuotes(): boolean {
    return this.state === 'quoted';
  }

  /** The index just after the row's end in `text` (which continues the text scanned before), or -1. */
  find(text: string): number {
    for (let index = 0; index < text.length; index++) {
      if (this.state === 'quoted') {
        // Most of a long quoted cell: jump to its next quote.
        const quote = text.indexOf('"', index);
        if (quote < 0) return -1;
        index = quote;
        this.state = 'quoteInQuoted';
        continue;
      }
      const character = text[index];
      if (character === '\n') return index + 1;
      if (character === this.delimiter) this.state = 'cellStart';
      else if (character === '"' && this.state !== 'unquoted') this.state = 'quoted';
      else this.state = 'unquoted';
    }
    return -1;
  }
}
