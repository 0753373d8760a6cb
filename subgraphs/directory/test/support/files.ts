import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { V1_COLUMNS } from '../../src/standard/columns';

const folder = mkdtempSync(path.join(tmpdir(), 'passerelle-import-'));

/** Writes a test file and returns its path. */
export function writeFile(name: string, content: string | Buffer): string {
  const file = path.join(folder, name);
  writeFileSync(file, content);
  return file;
}

export type Row = Partial<Record<(typeof V1_COLUMNS)[number], string>>;

export const validRow: Row = {
  id: 'lieu-1',
  pivot: '21400192600019',
  nom: 'Médiathèque du Marsan',
  commune: 'Mont-de-Marsan',
  code_postal: '40000',
  code_insee: '40192',
  adresse: '1 place du Marché',
  latitude: '43.8911',
  longitude: '-0.5007',
  telephone: '+33558000000',
  horaires: 'Tu-Sa 10:00-18:00',
  date_maj: '2026-10-01',
  services: 'Aide aux démarches administratives|Maîtrise des outils numériques du quotidien',
  frais_a_charge: 'Gratuit',
};

function cell(value: string, delimiter: string): string {
  return value.includes(delimiter) || value.includes('"') || value.includes('\n')
    ? `"${value.replaceAll('"', '""')}"`
    : value;
}

/** A CSV file of the standard's v1 columns. */
export function csv(rows: Row[], delimiter = ','): string {
  const header = V1_COLUMNS.join(delimiter);
  const lines = rows.map((row) =>
    V1_COLUMNS.map((column) => cell(row[column] ?? '', delimiter)).join(delimiter),
  );
  return `${[header, ...lines].join('\n')}\n`;
}

/** Rows lieu-1 … lieu-n, valid, in communes of the Landes. */
export function rows(count: number, overrides: Row = {}): Row[] {
  return Array.from({ length: count }, (_, index) => ({
    ...validRow,
    id: `lieu-${index + 1}`,
    nom: `Lieu ${index + 1}`,
    ...overrides,
  }));
}
