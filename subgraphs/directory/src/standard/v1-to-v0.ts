import {
  LIST_COLUMNS,
  MULTI_VALUE_SEPARATOR,
  type StandardRecord,
  V0_COLUMNS,
  type V0Column,
  V1_COLUMNS,
  type V1Column,
} from './columns';
import { labelKey, RENAMED, V0_STRUCTURE_TYPES, V0_VALUE_MAPPING } from './v0-to-v1';

/**
 * v1.0.2 → the legacy v0.1, for readers that know only v0.1 (the Cartographie nationale's web
 * component up to 5.22): the tables of v0-to-v1.ts read backwards, so that both directions stay one
 * mapping. What v0.1 cannot say is dropped, and listed:
 * - a v1 value becomes every v0 value mapped to it, but `import-only` ones: a v1 service is all the
 *   v0 services folded into it, so v0 → v1 → v0 widens a service to its siblings;
 * - v1 values no v0 value maps to (`Étudiants`, `Handicaps moteurs`, `Utilisation sécurisée du
 *   numérique`, `À distance`...) are dropped, except national programmes and training labels, which
 *   v0.1 readers still see as `labels_autres` (they come back as `autres_formations_labels`), and
 *   `Langues étrangères (anglais)`, which v0.1 counts among foreign languages;
 * - `itinerance` and `modalites_acces` have no v0 column; `courriel` holds one address, the first;
 *   `typologie` keeps the codes v0.1 knows.
 */

/** A record in v0.1's columns: raw text, multi-values joined with `;` ('' when absent). */
export type V0Record = Record<V0Column, string>;

export interface V1Conversion {
  record: V0Record;
  /** Values v0.1 has no place for. */
  dropped: { column: V1Column; value: string }[];
}

type V0Value = readonly [column: V0Column, label: string];

/** v1 column → label key → the v0 values it becomes. */
const reverseMapping = new Map<V1Column, Map<string, V0Value[]>>();
function addReverse(v1Column: V1Column, v1Label: string, value: V0Value): void {
  const labels = reverseMapping.get(v1Column) ?? new Map<string, V0Value[]>();
  reverseMapping.set(v1Column, labels);
  labels.set(labelKey(v1Label), [...(labels.get(labelKey(v1Label)) ?? []), value]);
}
for (const [v0Column, values] of Object.entries(V0_VALUE_MAPPING)) {
  for (const [v0Label, target] of Object.entries(values)) {
    if (target && target[2] !== 'import-only') {
      addReverse(target[0], target[1], [v0Column as V0Column, v0Label]);
    }
  }
}
// English speakers are speakers of a foreign language: v0.1 has no finer value.
addReverse('prise_en_charge_specifique', 'Langues étrangères (anglais)', [
  'publics_accueillis',
  'Public langues étrangères',
]);

/** v1 columns of labels whose unmapped values v0.1 still shows, as free-text labels. */
const AS_OTHER_LABELS: ReadonlySet<V1Column> = new Set([
  'dispositif_programmes_nationaux',
  'formations_labels',
]);

/** v1 column → the v0 column of the same content under another name. */
const V0_NAME = new Map(Object.entries(RENAMED).map(([v0, v1]) => [v1, v0 as V0Column]));

/** The v0.1 spelling of each structure type, by its upper-case code (v1 stores `AUTRE`, v0.1 says `Autre`). */
const v0StructureType = new Map(V0_STRUCTURE_TYPES.map((code) => [code.toUpperCase(), code]));

/** Converts one v1 record (multi-values joined with `|`) to v0.1 (joined with `;`). */
export function convertV1Record(v1: StandardRecord): V1Conversion {
  const values = new Map<V0Column, Set<string>>();
  const dropped: V1Conversion['dropped'] = [];
  const add = (column: V0Column, value: string) =>
    values.set(column, (values.get(column) ?? new Set()).add(value));

  for (const column of V1_COLUMNS) {
    const cell = v1[column] ?? '';
    if (!cell) continue;
    const items = LIST_COLUMNS.has(column) ? cell.split(MULTI_VALUE_SEPARATOR.v1) : [cell];
    const reverse = reverseMapping.get(column);
    const v0Column = V0_NAME.get(column) ?? column;
    for (const item of items) {
      if (reverse) {
        const twins = reverse.get(labelKey(item));
        if (twins) for (const [target, label] of twins) add(target, label);
        else if (AS_OTHER_LABELS.has(column)) add('labels_autres', item);
        else dropped.push({ column, value: item });
      } else if (column === 'typologie') {
        const code = v0StructureType.get(item.toUpperCase());
        if (code) add('typologie', code);
        else dropped.push({ column, value: item });
      } else if (column === 'courriels' && values.has('courriel')) {
        dropped.push({ column, value: item });
      } else if ((V0_COLUMNS as readonly string[]).includes(v0Column)) {
        add(v0Column as V0Column, item);
      } else {
        dropped.push({ column, value: item });
      }
    }
  }
  const record = Object.fromEntries(
    V0_COLUMNS.map((column) => [column, [...(values.get(column) ?? [])].join(MULTI_VALUE_SEPARATOR.v0)]),
  ) as V0Record;
  return { record, dropped };
}
