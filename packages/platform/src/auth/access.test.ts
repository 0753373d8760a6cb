import type { GraphQLError } from 'graphql';
import { type AccessRule, assertMay, holdsGrant, may } from './access';
import type { Identity } from './identity';
import { authScopesOf, scopeRefusal } from './scopes';

const admin: Identity = { subject: 'admin', grants: [{ role: 'admin' }] };
const landesEditor: Identity = {
  subject: 'landes',
  grants: [{ role: 'governance-editor', department: '40' }],
};
const sourceManager: Identity = { subject: 'source', grants: [{ role: 'data-manager', dataset: 'reseau' }] };
const nobody: Identity = { subject: 'nobody', grants: [] };

const editGovernance: AccessRule<{ departmentCode: string }> = {
  allows: (caller, { departmentCode }) =>
    holdsGrant(caller, 'governance-editor', (grant) => grant.department === departmentCode),
  refusal: ({ departmentCode }) => `you are not a governance editor of département ${departmentCode}`,
};

function thrown(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('nothing was thrown');
}

describe('holdsGrant', () => {
  it('finds a grant of the role that matches; admins hold them all', () => {
    expect(holdsGrant(landesEditor, 'governance-editor')).toBe(true);
    expect(holdsGrant(landesEditor, 'governance-editor', (grant) => grant.department === '33')).toBe(false);
    expect(holdsGrant(landesEditor, 'funding-editor')).toBe(false);
    expect(holdsGrant(admin, 'funding-editor')).toBe(true);
    expect(holdsGrant(nobody, 'content-editor')).toBe(false);
  });
});

describe('assertMay', () => {
  it('gives the caller back when the rule allows them', () => {
    expect(assertMay(landesEditor, editGovernance, { departmentCode: '40' })).toBe(landesEditor);
    expect(assertMay(admin, editGovernance, { departmentCode: '33' })).toBe(admin);
    expect(may(landesEditor, editGovernance, { departmentCode: '40' })).toBe(true);
  });

  it('refuses the others as FORBIDDEN, with the rule’s message', () => {
    const error = thrown(() => assertMay(landesEditor, editGovernance, { departmentCode: '33' }));
    expect(error.message).toBe('you are not a governance editor of département 33');
    expect(error.extensions.code).toBe('FORBIDDEN');
    expect(may(landesEditor, editGovernance, { departmentCode: '33' })).toBe(false);
  });

  it('refuses a caller without an identity as UNAUTHENTICATED', () => {
    expect(thrown(() => assertMay(null, editGovernance, { departmentCode: '40' })).extensions).toEqual({
      code: 'UNAUTHENTICATED',
      http: { status: 401 },
    });
    expect(may(null, editGovernance, { departmentCode: '40' })).toBe(false);
  });
});

describe('authScopesOf', () => {
  it('holds the scopes of the roles granted, whatever their territory or source', () => {
    expect(authScopesOf(sourceManager)).toEqual({
      signedIn: true,
      admin: false,
      contentEditor: false,
      dataManager: true,
      fundingEditor: false,
      governanceEditor: false,
    });
  });

  it('gives admins every scope, and anonymous callers none', () => {
    expect(Object.values(authScopesOf(admin)).every(Boolean)).toBe(true);
    expect(Object.values(authScopesOf(null)).some(Boolean)).toBe(false);
    expect(authScopesOf(nobody)).toMatchObject({ signedIn: true, dataManager: false });
  });
});

describe('scopeRefusal', () => {
  it('is UNAUTHENTICATED without an identity', () => {
    const error = scopeRefusal(null, ['fundingEditor']);
    expect(error.message).toBe('sign in: this operation needs an Authorization token');
    expect(error.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('is FORBIDDEN naming who may, with one', () => {
    expect(scopeRefusal(nobody, ['fundingEditor']).message).toBe('this is for funding editors');
    expect(scopeRefusal(nobody, ['dataManager', 'admin', 'dataManager']).message).toBe(
      'this is for data managers or admins',
    );
    expect(scopeRefusal(nobody, []).extensions.code).toBe('FORBIDDEN');
  });
});
