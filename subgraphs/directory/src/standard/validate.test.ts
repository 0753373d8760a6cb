import type { StandardRecord } from './columns';
import { toStandardRecord } from './to-record';
import { validateRecord } from './validate';

const today = new Date('2026-11-23T00:00:00Z');

const valid: Partial<StandardRecord> = {
  id: 'lieu-1',
  pivot: '21400192600019',
  nom: 'Médiathèque de Mont-de-Marsan',
  commune: 'Mont-de-Marsan',
  code_postal: '40000',
  code_insee: '40192',
  adresse: '1 place du 6e RPIMa',
  latitude: '43.8911',
  longitude: '-0.5007',
  telephone: '05 58 12 34 56',
  courriels: 'contact@mediatheque.fr',
  site_web: 'www.mediatheque.fr',
  horaires: 'Tu-Sa 10:00-18:00',
  date_maj: '2026-10-01',
  services: 'Aide aux démarches administratives|Maîtrise des outils numériques du quotidien',
  frais_a_charge: 'Gratuit',
  formations_labels: 'Étapes numériques (La Poste)',
  modalites_acces: 'se présenter|TÉLÉPHONER',
};

function check(record: Partial<StandardRecord>) {
  return validateRecord(record, { today });
}

describe('validating a record of the standard', () => {
  it('normalises a valid record into place fields', () => {
    const result = check(valid);
    expect(result).toMatchObject({
      valid: true,
      warnings: [],
      place: {
        externalId: 'lieu-1',
        communeCode: '40192',
        departmentCode: '40',
        regionCode: '75',
        latitude: 43.8911,
        phone: '+33558123456',
        websites: ['https://www.mediatheque.fr'],
        services: ['ADMINISTRATIVE_PROCEDURES', 'EVERYDAY_DIGITAL_TOOLS'],
        fees: ['FREE'],
        trainingLabels: ['ETAPES_NUMERIQUES_LA_POSTE'],
        accessModes: ['WALK_IN', 'PHONE'],
        updatedOn: new Date('2026-10-01T00:00:00Z'),
      },
    });
  });

  it('gives back the same place from its own export', () => {
    const first = check(valid);
    if (!first.valid) throw new Error('expected valid');
    const again = check(toStandardRecord(first.place));
    expect(again).toEqual({ valid: true, warnings: [], place: first.place });
  });

  it('names each missing required field', () => {
    const result = check({ ...valid, nom: ' ', adresse: '', date_maj: undefined });
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.errors.map((error) => [error.column, error.reason])).toEqual([
      ['nom', 'required'],
      ['adresse', 'required'],
      ['date_maj', 'required'],
    ]);
  });

  it('refuses values outside the enumerations and the patterns, naming value and reason', () => {
    const result = check({
      ...valid,
      services: 'Aide aux démarches administratives|Cours de cuisine',
      pivot: '123',
      telephone: '12 34',
      courriels: 'pas-un-mail',
      date_maj: '2030-01-01',
      latitude: 'nord',
    });
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { column: 'services', value: 'Cours de cuisine', reason: 'is not a value of the standard' },
        { column: 'pivot', value: '123', reason: expect.stringContaining('SIRET') },
        { column: 'telephone', value: '12 34', reason: expect.stringContaining('phone') },
        { column: 'courriels', value: 'pas-un-mail', reason: 'is not an email address' },
        { column: 'date_maj', value: '2030-01-01', reason: 'is in the future' },
        { column: 'latitude', value: 'nord', reason: 'must be a number' },
      ]),
    );
  });

  it('refuses a huge cell without looking further', () => {
    const result = check({ ...valid, presentation_detail: 'x'.repeat(20_000) });
    expect(result).toMatchObject({
      valid: false,
      errors: [{ column: 'presentation_detail', reason: 'longer than 10000 characters' }],
    });
  });

  it('repairs what producers commonly get wrong, with a warning', () => {
    const result = check({
      ...valid,
      code_insee: '',
      code_postal: '1200',
      commune: 'Bellegarde sur Valserine',
      latitude: '5.82',
      longitude: '46.11',
      horaires: 'du lundi au vendredi',
    });
    expect(result.valid).toBe(true);
    if (!result.valid) return;
    expect(result.place).toMatchObject({
      postalCode: '01200',
      communeCode: '01033',
      latitude: 46.11,
      longitude: 5.82,
    });
    expect(result.warnings.map((warning) => warning.column).sort()).toEqual([
      'code_postal',
      'horaires',
      'latitude',
    ]);
  });

  it('keeps a place whose commune cannot be found, in the département of its postal code', () => {
    const result = check({ ...valid, code_insee: '', commune: 'Lieu-dit Inconnu' });
    expect(result).toMatchObject({ valid: true, place: { communeCode: null, departmentCode: '40' } });
    if (result.valid) expect(result.warnings).toEqual([expect.objectContaining({ column: 'commune' })]);
  });

  it('keeps a place without coordinates', () => {
    const result = check({ ...valid, latitude: '', longitude: '' });
    expect(result).toMatchObject({ valid: true, place: { latitude: null, longitude: null } });
    expect(check({ ...valid, longitude: '' })).toMatchObject({
      valid: false,
      errors: [{ column: 'longitude' }],
    });
  });
});
