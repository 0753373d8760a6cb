import path from 'node:path';

/** The file cannot be read as places at all; nothing is imported. */
export class SourceFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${path.basename(file)}: ${message}`);
    this.name = 'SourceFileError';
  }
}
