import type { PageContext } from './app';
import { PlaceVocabulary, type PlaceVocabularyResult } from './generated/operations';

export type Vocabulary = NonNullable<PlaceVocabularyResult['placeVocabulary']>;

let vocabulary: Promise<Vocabulary> | undefined;

/** The standard's French labels, asked once: they are the same for every page and every caller. */
export function placeVocabulary(context: PageContext): Promise<Vocabulary> {
  vocabulary ??= context.client.request(PlaceVocabulary, {}).then((result) => {
    if (!result.placeVocabulary) throw new Error('no vocabulary');
    return result.placeVocabulary;
  });
  return vocabulary;
}

/** The labels of these values of a field, in the standard's order. */
export function labelsOf<Field extends keyof Vocabulary>(
  vocabulary: Vocabulary,
  field: Field,
  values: readonly string[],
): string[] {
  return (vocabulary[field] as { value: string; label: string }[])
    .filter((entry) => values.includes(entry.value))
    .map((entry) => entry.label);
}
