import { concerns, overlaps } from './territory-scope';

describe('territories that overlap', () => {
  it('relates a commune to its département and région, not to others', () => {
    const montDeMarsan = { kind: 'COMMUNE', code: '40192' } as const;
    expect(overlaps(montDeMarsan, { kind: 'DEPARTMENT', code: '40' })).toBe(true);
    expect(overlaps({ kind: 'REGION', code: '75' }, montDeMarsan)).toBe(true);
    expect(overlaps(montDeMarsan, { kind: 'DEPARTMENT', code: '33' })).toBe(false);
    // Région 84 and département 84 share a code, not a territory.
    expect(overlaps({ kind: 'REGION', code: '84' }, { kind: 'DEPARTMENT', code: '84' })).toBe(false);
  });

  it('knows Corsica and the overseas départements', () => {
    expect(overlaps({ kind: 'COMMUNE', code: '2A004' }, { kind: 'DEPARTMENT', code: '2A' })).toBe(true);
    expect(overlaps({ kind: 'COMMUNE', code: '2A004' }, { kind: 'REGION', code: '94' })).toBe(true);
    expect(overlaps({ kind: 'COMMUNE', code: '97411' }, { kind: 'DEPARTMENT', code: '974' })).toBe(true);
    expect(overlaps({ kind: 'COMMUNE', code: '97411' }, { kind: 'DEPARTMENT', code: '97' })).toBe(false);
  });

  it('lets national content concern every territory unless left out', () => {
    const national = { national: true, territories: [] };
    expect(concerns(national, [{ kind: 'COMMUNE', code: '40192' }])).toBe(true);
    expect(concerns(national, [{ kind: 'COMMUNE', code: '40192' }], false)).toBe(false);
    expect(concerns({ national: false, territories: [] }, [{ kind: 'REGION', code: '75' }])).toBe(false);
  });
});
