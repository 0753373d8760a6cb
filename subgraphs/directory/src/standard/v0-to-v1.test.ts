import { convertV0Record, V0_VALUE_MAPPING } from './v0-to-v1';
import { type VocabularyField, valueOfLabel } from './vocabulary';

/** The v1 vocabulary field of each target column. */
const FIELD_OF_TARGET: Record<string, VocabularyField> = {
  services: 'services',
  publics_specifiquement_adresses: 'specificPublics',
  prise_en_charge_specifique: 'specificSupport',
  frais_a_charge: 'fees',
  dispositif_programmes_nationaux: 'nationalPrograms',
  formations_labels: 'trainingLabels',
  modalites_accompagnement: 'supportModes',
};

describe('v0.1 → v1 mapping', () => {
  const rows = Object.entries(V0_VALUE_MAPPING).flatMap(([column, values]) =>
    Object.entries(values).map(([label, target]) => [column, label, target] as const),
  );

  it('covers every enumerated value of v0.1 listed by the standard', () => {
    expect(rows).toHaveLength(15 + 11 + 5 + 11 + 4);
  });

  it.each(rows)('%s: "%s" → %j', (column, label, target) => {
    const { record, dropped, unknown } = convertV0Record({ [column]: label });
    expect(unknown).toEqual([]);
    if (target === null) {
      expect(dropped).toEqual([{ column, value: label }]);
      return;
    }
    const [targetColumn, targetLabel] = target;
    expect(record[targetColumn]).toBe(targetLabel);
    // Every target is a real v1 label.
    expect(valueOfLabel(FIELD_OF_TARGET[targetColumn] as VocabularyField, targetLabel)).toBeDefined();
  });

  it('reads values with their explanation, several per cell, and merges duplicates', () => {
    const { record } = convertV0Record({
      conditions_acces: 'Gratuit : Je peux accéder gratuitement au lieu et à ses services',
      services: 'Prendre en main un ordinateur;Utiliser le numérique au quotidien; Accéder à du matériel',
      publics_accueillis: 'Seniors (+ 65 ans);Surdité',
      labels_nationaux: 'CNFS;Fabriques de Territoire',
    });
    expect(record).toMatchObject({
      frais_a_charge: 'Gratuit',
      services: 'Maîtrise des outils numériques du quotidien|Accès internet et matériel informatique',
      publics_specifiquement_adresses: 'Seniors',
      prise_en_charge_specifique: 'Surdité',
      dispositif_programmes_nationaux: 'Conseillers numériques',
      formations_labels: 'Fabriques de Territoire',
    });
  });

  it('renames columns, changes separators and drops what v1 has no place for', () => {
    const { record, dropped } = convertV0Record({
      id: 'a1',
      courriel: 'a@b.fr;c@d.fr',
      labels_autres: 'Label A;Label B',
      accessibilite: 'https://acceslibre.beta.gouv.fr/x',
      typologie: 'BIB;MUNI',
      cle_ban: '40192_0001_00012',
    });
    expect(record).toMatchObject({
      id: 'a1',
      courriels: 'a@b.fr|c@d.fr',
      autres_formations_labels: 'Label A|Label B',
      fiche_acces_libre: 'https://acceslibre.beta.gouv.fr/x',
      typologie: 'BIB|MUNI',
    });
    expect(dropped).toEqual([{ column: 'cle_ban', value: '40192_0001_00012' }]);
  });

  it('reports values the v0.1 standard does not have', () => {
    expect(convertV0Record({ services: 'Faire du vélo' }).unknown).toEqual([
      { column: 'services', value: 'Faire du vélo' },
    ]);
  });
});
