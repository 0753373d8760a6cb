import type { GraphQLError } from 'graphql';
import { emailAddress, webAddress } from './addresses';
import { idOf } from './ids';
import { InputIssues } from './issues';

function thrown(issues: InputIssues): GraphQLError {
  try {
    issues.throwIfAny();
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('nothing was thrown');
}

describe('InputIssues', () => {
  it('throws nothing without an issue', () => {
    const issues = new InputIssues('road map').check('input.link', 'https://a.fr', webAddress);
    expect(issues.list).toEqual([]);
    expect(() => issues.throwIfAny()).not.toThrow();
  });

  it('throws one BAD_USER_INPUT listing every issue, named by the first', () => {
    const issues = new InputIssues('programme')
      .add('input.name', 'must be 1 to 200 characters')
      .add('input.minAmount', 'must not be negative', -5)
      .check('input.contactEmail', 'personne', emailAddress);
    const error = thrown(issues);
    expect(error.message).toBe('invalid programme: input.name must be 1 to 200 characters');
    expect(error.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.name',
      errors: [
        { field: 'input.name', reason: 'must be 1 to 200 characters' },
        { field: 'input.minAmount', value: '-5', reason: 'must not be negative' },
        { field: 'input.contactEmail', value: 'personne', reason: 'is not an email address' },
      ],
    });
  });

  it('names the value at fault in the message', () => {
    const error = thrown(new InputIssues('road map').check('input.link', 'ftp://a.fr', webAddress));
    expect(error.message).toBe('invalid road map: input.link "ftp://a.fr" is not a web address');
  });

  it('checks a single value only when one is given', () => {
    const issues = new InputIssues('member')
      .check('input.contactEmail', null, emailAddress)
      .check('input.contactEmail', undefined, emailAddress)
      .check('input.contactEmail', '', emailAddress);
    expect(issues.list).toEqual([]);
  });

  it('checks each value of a list, in order', () => {
    const issues = new InputIssues('campaign').checkEach(
      'input.acceptingPlaceIds',
      ['x', '0b9a4a5e-7a3b-4c1d-9f2e-3d4c5b6a7e8f', 'y'],
      idOf('place'),
    );
    expect(issues.list).toEqual([
      { field: 'input.acceptingPlaceIds', value: 'x', reason: 'is not a place id' },
      { field: 'input.acceptingPlaceIds', value: 'y', reason: 'is not a place id' },
    ]);
  });

  it('gives the same error to throw where the caller knows an issue was found', () => {
    const issues = new InputIssues('place').add('input.phone', 'is not a phone number', '12');
    expect(issues.toError()).toEqual(thrown(issues));
    expect(issues.toError().message).toBe('invalid place: input.phone "12" is not a phone number');
  });

  it('keeps its issues once thrown', () => {
    const issues = new InputIssues('action').add('input.title', 'required');
    const error = thrown(issues);
    issues.add('input.endsOn', 'an action cannot end before it starts');
    expect(error.extensions.errors).toHaveLength(1);
  });
});
