/** A source (dataset) name: the identifier of a feed, part of each of its places' ids. */
const DATASET_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** Source names are identifiers: letters, digits, dots, dashes, underscores. */
export function isDatasetName(name: string): boolean {
  return DATASET_PATTERN.test(name);
}
