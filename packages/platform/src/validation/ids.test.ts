import type { GraphQLError } from 'graphql';
import { checkedId, idOf, isUuid } from './ids';

const ID = '0b9a4a5e-7a3b-4c1d-9f2e-3d4c5b6a7e8f';

describe('isUuid', () => {
  it.each([ID, ID.toUpperCase(), '00000000-0000-0000-0000-000000000000'])('takes %s', (id) => {
    expect(isUuid(id)).toBe(true);
  });

  it.each(['', '42', `${ID}0`, ` ${ID}`, ID.replace(/-/g, ''), 'zb9a4a5e-7a3b-4c1d-9f2e-3d4c5b6a7e8f'])(
    'refuses "%s"',
    (id) => {
      expect(isUuid(id)).toBe(false);
    },
  );
});

describe('checkedId', () => {
  it('gives the id back as a string', () => {
    expect(checkedId(ID, 'place')).toBe(ID);
  });

  it.each([
    ['place', 'id', '"42" is not a place id'],
    ['road map', 'roadmapId', '"42" is not a road map id'],
    ['action', 'actionId', '"42" is not an action id'],
  ])('refuses a malformed %s id as BAD_USER_INPUT on %s', (what, field, message) => {
    let error: GraphQLError | undefined;
    try {
      checkedId(42, what, field);
    } catch (caught) {
      error = caught as GraphQLError;
    }
    expect(error?.message).toBe(message);
    expect(error?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });
});

describe('idOf', () => {
  it('says which kind of id a value is not', () => {
    expect(idOf('programme')).toMatchObject({ reason: 'is not a programme id' });
    expect(idOf('programme').test(ID)).toBe(true);
    expect(idOf('programme').test('x')).toBe(false);
  });
});
