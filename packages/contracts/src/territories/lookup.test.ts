import { InputIssues } from '@passerelle/platform/validation';
import { knownTerritoryCode } from './lookup';

describe('knownTerritoryCode', () => {
  it('takes the codes the referential knows, of the kind asked', () => {
    expect(knownTerritoryCode('REGION').test('75')).toBe(true);
    expect(knownTerritoryCode('DEPARTMENT').test('40')).toBe(true);
    expect(knownTerritoryCode('DEPARTMENT').test('2A')).toBe(true);
    expect(knownTerritoryCode('COMMUNE').test('40192')).toBe(true);
    // Région 40 does not exist: a code means something only with its kind.
    expect(knownTerritoryCode('REGION').test('40')).toBe(false);
    expect(knownTerritoryCode('DEPARTMENT').test('20')).toBe(false);
  });

  it('names each unknown code of a list, as the programmes and road maps say it', () => {
    const issues = new InputIssues('programme')
      .checkEach('input.regionCodes', ['75', '99'], knownTerritoryCode('REGION'))
      .checkEach('input.departmentCodes', ['40', 'xx'], knownTerritoryCode('DEPARTMENT'));
    expect(issues.list).toEqual([
      { field: 'input.regionCodes', value: '99', reason: 'unknown région' },
      { field: 'input.departmentCodes', value: 'xx', reason: 'unknown département' },
    ]);
  });
});
