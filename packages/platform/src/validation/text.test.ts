import { normalizeForSearch } from './text';

describe('normalizeForSearch', () => {
  it.each([
    ['Île-de-France', 'ile de france'],
    ['Saint-Étienne', 'saint etienne'],
    ["L'Haÿ-les-Roses", 'l hay les roses'],
    ['Œuilly', 'oeuilly'],
    ['  Provence-Alpes-Côte d’Azur ', 'provence alpes cote d azur'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected);
  });
});
