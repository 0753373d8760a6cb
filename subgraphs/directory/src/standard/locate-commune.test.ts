import { departmentOfPostalCode, locateCommune } from './locate-commune';

describe('locating a commune', () => {
  it('trusts a known INSEE code', () => {
    expect(locateCommune({ inseeCode: '40192', postalCode: '40000', communeName: 'anything' })).toMatchObject(
      {
        communeCode: '40192',
        departmentCode: '40',
        regionCode: '75',
        match: 'insee-code',
      },
    );
  });

  it.each([
    ['40000', 'MONT DE MARSAN', '40192'],
    ['40990', 'St-Paul-lès-Dax', '40279'],
    ['42000', 'saint etienne cedex 1', '42218'],
    ['75015', 'Paris', '75115'],
    ['13001', 'Marseille', '13201'],
    ['01200', 'Bellegarde-sur-Valserine', '01033'],
    ['20000', 'Ajaccio', '2A004'],
    ['20200', 'Bastia', '2B033'],
    ['97400', 'Saint-Denis', '97411'],
    ['20220', 'Ile-Rousse', '2B134'],
    ['20220', "L'Île-Rousse", '2B134'],
    ['20220', 'La Île Rousse', '2B134'],
    ['72000', 'Le Mans', '72181'],
    ['72000', 'Mans', '72181'],
  ])('postal code %s and name "%s" → %s', (postalCode, communeName, code) => {
    expect(locateCommune({ postalCode, communeName })?.communeCode).toBe(code);
  });

  it('finds the name inside the département when the postal code is wrong', () => {
    expect(locateCommune({ postalCode: '40001', communeName: 'Dax' })).toMatchObject({
      communeCode: '40088',
      match: 'name-in-department',
    });
  });

  it('prefers the name as written to the name without its article', () => {
    // Vergné (17330) and La Vergne (17400) only differ by the article once accents are ignored.
    expect(locateCommune({ postalCode: '17330', communeName: 'La Vergne' })?.communeCode).toBe('17465');
    expect(locateCommune({ postalCode: '17400', communeName: 'Vergné' })?.communeCode).toBe('17464');
    expect(locateCommune({ postalCode: '17400', communeName: 'Les Vergne' })?.communeCode).toBe('17465');
    expect(locateCommune({ postalCode: '72000', communeName: 'Le Mans' })).toMatchObject({
      communeCode: '72181',
      match: 'postal-code-and-name',
    });
    expect(locateCommune({ postalCode: '72000', communeName: 'Les Mansardes' })?.communeCode).toBeNull();
  });

  it('keeps the département of an unmatched name, Corsica and overseas included', () => {
    expect(locateCommune({ postalCode: '40000', communeName: 'Nowhere' })).toMatchObject({
      communeCode: null,
      departmentCode: '40',
      match: 'unmatched',
    });
    expect(departmentOfPostalCode('20167')).toBe('2A');
    expect(departmentOfPostalCode('20290')).toBe('2B');
    expect(departmentOfPostalCode('97300')).toBe('973');
    expect(departmentOfPostalCode('97150')).toBe('978');
    expect(locateCommune({ postalCode: '98000', communeName: 'Monaco' })).toBeNull();
  });
});
