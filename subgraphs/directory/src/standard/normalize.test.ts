import { normalizePhone, normalizeUrl, parseDecimal, parseStandardDate } from './normalize';

describe('normalisation', () => {
  it.each([
    ['05 58 12 34 56', '+33558123456'],
    ['05.58.12.34.56', '+33558123456'],
    ['+33 (0)5 58 12 34 56', '+33558123456'],
    ['0033558123456', '+33558123456'],
    ['0590 12 34 56', '+590590123456'],
    ['0692 12 34 56', '+262692123456'],
    ['0594 30 00 00', '+594594300000'],
    ['+33558123456', '+33558123456'],
  ])('phone %s → %s', (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected);
  });

  it('completes web addresses and refuses what is not one', () => {
    expect(normalizeUrl('www.mairie-dax.fr')).toBe('https://www.mairie-dax.fr');
    expect(normalizeUrl('http://example.org/a?b=c')).toBe('http://example.org/a?b=c');
    expect(normalizeUrl('mailto:a@b.fr')).toBeNull();
    expect(normalizeUrl('pas de site')).toBeNull();
  });

  it('reads dates in ISO or French order and refuses impossible ones', () => {
    expect(parseStandardDate('2024-03-05')?.toISOString()).toBe('2024-03-05T00:00:00.000Z');
    expect(parseStandardDate('2024-03-05T10:12:00+01:00')?.toISOString()).toBe('2024-03-05T00:00:00.000Z');
    expect(parseStandardDate('05/03/2024')?.toISOString()).toBe('2024-03-05T00:00:00.000Z');
    expect(parseStandardDate('2024-02-30')).toBeNull();
    expect(parseStandardDate('March 5')).toBeNull();
  });

  it('reads decimal commas', () => {
    expect(parseDecimal('43,7102')).toBe(43.7102);
    expect(parseDecimal('-1.5')).toBe(-1.5);
    expect(parseDecimal('abc')).toBeNull();
  });
});
