import { COLUMN_OF_FIELD, type StandardRecord, V0_COLUMNS, V1_COLUMNS } from './columns';
import { convertV0Record, V0_VALUE_MAPPING } from './v0-to-v1';
import { convertV1Record } from './v1-to-v0';
import { labelOf, type VocabularyField, type VocabularyValue, valuesOf } from './vocabulary';

const emptyV1 = Object.fromEntries(V1_COLUMNS.map((column) => [column, ''])) as StandardRecord;

/** The cells of a record that hold something. */
const filled = (record: Record<string, string>) =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== ''));

const v1ToV0 = (cells: Partial<StandardRecord>) => convertV1Record({ ...emptyV1, ...cells });
const v1RoundTrip = (cells: Partial<StandardRecord>) => filled(convertV0Record(v1ToV0(cells).record).record);

/** Vocabulary fields whose values v0.1 has columns for (itinerance and access modes it has not). */
const FIELDS: VocabularyField[] = [
  'services',
  'specificPublics',
  'specificSupport',
  'fees',
  'nationalPrograms',
  'trainingLabels',
  'supportModes',
];

const otherLabel = (label: string) => ({ autres_formations_labels: label });

/** What v1 → v0.1 → v1 gives back where it is not the value itself (empty: the value is lost). */
const LOSSY: Record<string, Partial<StandardRecord>> = {
  'services.SAFE_DIGITAL_USE': {},
  'specificPublics.STUDENTS': {},
  'specificSupport.MOTOR_DISABILITIES': {},
  'specificSupport.FOREIGN_LANGUAGES_ENGLISH': { prise_en_charge_specifique: 'Langues étrangères (autres)' },
  'supportModes.REMOTE': {},
  'nationalPrograms.BIBLIOTHEQUES_NUMERIQUES_DE_REFERENCE': otherLabel(
    'Bibliothèques numérique de référence',
  ),
  'nationalPrograms.PIX_CERTIFICATION': otherLabel('Certification PIX'),
  'nationalPrograms.EMMAUS_CONNECT': otherLabel('Emmaüs Connect'),
  'nationalPrograms.CROIX_ROUGE': otherLabel('La Croix Rouge'),
  'nationalPrograms.PROMENEURS_DU_NET': otherLabel('Promeneurs du net'),
  'nationalPrograms.RELAIS_NUMERIQUE_EMMAUS_CONNECT': otherLabel('Relais numérique (Emmaüs Connect)'),
  'trainingLabels.MON_ESPACE_SANTE': otherLabel('Formé à « Mon Espace Santé »'),
  'trainingLabels.DUPLEX': otherLabel('Formé à « DUPLEX » (illettrisme)'),
  'trainingLabels.ARNIA_MEDNUM_BFC': otherLabel('Arnia/MedNum BFC (Bourgogne-Franche-Comté)'),
  'trainingLabels.COLLECTIF_REEMPLOI_NORMANDIE': otherLabel(
    'Collectif ressources et acteurs réemploi (Normandie)',
  ),
  'trainingLabels.ETAPES_NUMERIQUES_LA_POSTE': otherLabel('Étapes numériques(La Poste)'),
  'trainingLabels.ECLAIREURS_DU_NUMERIQUE_DROME': otherLabel('Les Éclaireurs du numérique (Drôme)'),
  'trainingLabels.MES_PAPIERS_LYON': otherLabel('Mes Papiers (Métropole de Lyon)'),
  'trainingLabels.ORDI_3_0': otherLabel('ORDI 3.0'),
  'trainingLabels.SUD_LABS_PACA': otherLabel('SUD LABS (PACA)'),
};

describe('v1 → v0.1 mapping', () => {
  const v1Values = FIELDS.flatMap((field) =>
    valuesOf(field).map((value) => {
      const column = COLUMN_OF_FIELD[field as keyof typeof COLUMN_OF_FIELD];
      return [
        `${field}.${String(value)}`,
        column,
        labelOf(field, value as VocabularyValue<typeof field>),
      ] as const;
    }),
  );

  it.each(v1Values)('%s comes back from v0.1 as itself, or as documented', (key, column, label) => {
    expect(v1RoundTrip({ [column]: label })).toEqual(LOSSY[key] ?? { [column]: label });
  });

  it('lists only values that exist', () => {
    expect(Object.keys(LOSSY).filter((key) => !v1Values.some(([known]) => known === key))).toEqual([]);
  });

  it('writes the v0.1 labels whole, explanation included, as v0.1 readers compare them', () => {
    expect(
      filled(
        v1ToV0({
          frais_a_charge: 'Gratuit|Payant',
          modalites_accompagnement: 'En autonomie|Accompagnement individuel',
          prise_en_charge_specifique: 'Handicaps mentaux|Surdité',
          dispositif_programmes_nationaux: "Conseillers numériques|Point d'accès numérique CAF",
        }).record,
      ),
    ).toEqual({
      conditions_acces:
        "Gratuit : Je peux accéder gratuitement au lieu et à ses services;Payant : L'accès au lieu et/ou à ses services est payant",
      modalites_accompagnement:
        "Seul : j'ai accès à du matériel et une connexion;Avec de l'aide : je suis accompagné seul dans l'usage du numérique",
      publics_accueillis: "Handicaps mentaux : déficiences limitant les activités d'une personne;Surdité",
      labels_nationaux: 'CNFS;Point numérique CAF',
    });
  });

  it('gives each v1 service every v0 service folded into it', () => {
    expect(v1ToV0({ services: 'Aide aux démarches administratives' }).record.services).toBe(
      'Devenir autonome dans les démarches administratives;Réaliser des démarches administratives avec un accompagnement;Accompagner les démarches de santé',
    );
  });

  it('maps a whole place: renamed columns, one e-mail, known structure types, and what it drops', () => {
    const { record, dropped } = v1ToV0({
      id: 'landes-1',
      pivot: '21400192600019',
      nom: 'Médiathèque',
      commune: 'Mont-de-Marsan',
      code_postal: '40000',
      code_insee: '40192',
      adresse: '1 place du Marché',
      latitude: '43.89',
      longitude: '-0.5',
      typologie: 'BIB|EPN|AUTRE',
      courriels: 'a@landes.fr|b@landes.fr',
      site_web: 'https://a.fr|https://b.fr',
      horaires: 'Mo-Fr 09:00-12:00; Sa 10:00-12:00',
      itinerance: 'Fixe',
      date_maj: '2026-11-02',
      services: 'Loisirs et créations numériques',
      modalites_acces: 'Se présenter',
      autres_formations_labels: 'Label local',
      formations_labels: 'ORDI 3.0|Fabriques de Territoire',
      fiche_acces_libre: 'https://acceslibre.beta.gouv.fr/x',
      prise_rdv: 'https://rdv.fr/x',
    });
    expect(Object.keys(record)).toEqual([...V0_COLUMNS]);
    expect(filled(record)).toEqual({
      id: 'landes-1',
      pivot: '21400192600019',
      nom: 'Médiathèque',
      commune: 'Mont-de-Marsan',
      code_postal: '40000',
      code_insee: '40192',
      adresse: '1 place du Marché',
      latitude: '43.89',
      longitude: '-0.5',
      typologie: 'BIB;Autre',
      courriel: 'a@landes.fr',
      site_web: 'https://a.fr;https://b.fr',
      horaires: 'Mo-Fr 09:00-12:00; Sa 10:00-12:00',
      date_maj: '2026-11-02',
      services: 'Créer avec le numérique',
      labels_nationaux: 'Fabriques de Territoire',
      labels_autres: 'ORDI 3.0;Label local',
      accessibilite: 'https://acceslibre.beta.gouv.fr/x',
      prise_rdv: 'https://rdv.fr/x',
    });
    expect(dropped).toEqual([
      { column: 'typologie', value: 'EPN' },
      { column: 'courriels', value: 'b@landes.fr' },
      { column: 'itinerance', value: 'Fixe' },
      { column: 'modalites_acces', value: 'Se présenter' },
    ]);
  });
});

describe('v0.1 → v1 → v0.1', () => {
  const rows = Object.entries(V0_VALUE_MAPPING).flatMap(([column, values]) =>
    Object.entries(values).map(([label, target]) => [column, label, target] as const),
  );
  const roundTrip = (column: string, label: string) =>
    filled(convertV1Record(convertV0Record({ [column]: label }).record).record);

  it.each(rows.filter(([column, , target]) => column !== 'services' && target && !target[2]))(
    '%s: "%s" comes back as itself',
    (column, label) => {
      expect(roundTrip(column, label)).toEqual({ [column]: label });
    },
  );

  it.each([
    [
      'conditions_acces',
      "Adhésion : L'accès au lieu et/ou à ses services nécessite d'y adhérer",
      "Payant : L'",
    ],
    [
      'modalites_accompagnement',
      'A ma place : une personne habilitée fait les démarches à ma place',
      "Avec de l'aide",
    ],
    ['publics_accueillis', 'Handicaps psychiques : troubles psychiatriques', 'Handicaps mentaux : '],
    ['labels_nationaux', 'Point relais CAF', 'Point numérique CAF'],
  ])('%s: "%s" comes back as its v1 label\'s twin', (column, label, twin) => {
    expect(roundTrip(column, label)[column]).toMatch(new RegExp(`^${twin}`));
  });

  it.each([
    ['publics_accueillis', 'Adultes'],
    ['conditions_acces', 'Accepte le Pass numérique'],
    ['labels_nationaux', 'APTIC'],
  ])('%s: "%s", which v1 has not, is lost', (column, label) => {
    expect(roundTrip(column, label)).toEqual({});
  });

  it.each(rows.filter(([column]) => column === 'services'))(
    'services: "%s" comes back with the v0 services folded with it into one v1 service',
    (column, label) => {
      const back = roundTrip(column, label).services?.split(';') ?? [];
      expect(back).toContain(label);
      const v1Of = (service: string) => convertV0Record({ services: service }).record.services;
      expect(new Set(back.map(v1Of))).toEqual(new Set([v1Of(label)]));
    },
  );
});
