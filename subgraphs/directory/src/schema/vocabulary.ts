import { builder } from '../builder';
import { COLUMN_OF_FIELD } from '../standard/columns';
import {
  labelOf,
  type VocabularyField,
  type VocabularyValue,
  vocabulary,
  vocabularyFields,
} from '../standard/vocabulary';

/**
 * One GraphQL enum per enumerated field of the standard. Each value's description is its French
 * label, and `placeVocabulary` lists the labels so a portal can display them.
 */
function vocabularyEnum<Field extends VocabularyField>(field: Field) {
  const { enumName, description, values } = vocabulary[field];
  return builder.enumType(enumName, {
    description: `${description} Labels: see \`placeVocabulary\`.`,
    values: Object.fromEntries(
      Object.entries(values).map(([value, label]) => [value, { description: label }]),
    ) as {
      [Value in VocabularyValue<Field> & string]: { description: string };
    },
  });
}

export const vocabularyEnums = {
  itinerance: vocabularyEnum('itinerance'),
  services: vocabularyEnum('services'),
  specificPublics: vocabularyEnum('specificPublics'),
  specificSupport: vocabularyEnum('specificSupport'),
  fees: vocabularyEnum('fees'),
  nationalPrograms: vocabularyEnum('nationalPrograms'),
  trainingLabels: vocabularyEnum('trainingLabels'),
  accessModes: vocabularyEnum('accessModes'),
  supportModes: vocabularyEnum('supportModes'),
};

interface LabelledValue {
  value: string;
  label: string;
}

/** `{ value, label }` pairs for one enum, typed with that enum. */
function labelType<Field extends VocabularyField>(field: Field) {
  return builder.objectRef<LabelledValue>(`${vocabulary[field].enumName}Label`).implement({
    description: `A value of ${vocabulary[field].enumName} with its label in the standard.`,
    fields: (t) => ({
      value: t.field({
        type: vocabularyEnums[field],
        description: 'The value, as filters and places give it',
        resolve: ({ value }) => value as never,
      }),
      label: t.exposeString('label', { description: 'The French label, exactly as the standard writes it' }),
    }),
  });
}

const PlaceVocabulary = builder.objectRef<Record<string, never>>('PlaceVocabulary').implement({
  description: "The standard's enumerated values and their French labels, to display filters and places.",
  fields: (t) =>
    Object.fromEntries(
      vocabularyFields.map((field) => [
        field,
        t.field({
          type: [labelType(field)],
          description: `Every value of \`${COLUMN_OF_FIELD[field]}\`, in the standard's order, with its label`,
          resolve: () =>
            Object.keys(vocabulary[field].values).map((value) => ({
              value,
              label: labelOf(field, value as VocabularyValue<typeof field>),
            })),
        }),
      ]),
    ),
});

builder.queryField('placeVocabulary', (t) =>
  t.field({
    type: PlaceVocabulary,
    nullable: true,
    description:
      "The French labels of the standard's enumerated values (v1.0.2), to display filters and places; the same for every caller.",
    resolve: () => ({}),
  }),
);
