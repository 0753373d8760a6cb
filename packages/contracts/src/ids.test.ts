import { stableId } from './ids';

describe('stableId', () => {
  it('gives the same UUID for the same names, another for other names', () => {
    expect(stableId('place', 'demo', 'demo-40-0001')).toBe(stableId('place', 'demo', 'demo-40-0001'));
    expect(stableId('place', 'demo', 'demo-40-0001')).not.toBe(stableId('place', 'demo', 'demo-40-0002'));
    // Names are separated: ('ab', 'c') is not ('a', 'bc').
    expect(stableId('ab', 'c')).not.toBe(stableId('a', 'bc'));
  });

  it('is a version 5 UUID', () => {
    expect(stableId('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
