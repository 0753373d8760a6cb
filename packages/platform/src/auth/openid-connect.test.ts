import { grantFromClaim } from './openid-connect';

describe("grants in an identity provider's claim", () => {
  it.each([
    ['admin', { role: 'admin' }],
    ['funding-editor', { role: 'funding-editor' }],
    ['content-editor', { role: 'content-editor' }],
    ['governance-editor:40', { role: 'governance-editor', department: '40' }],
    ['data-manager:department:2A', { role: 'data-manager', department: '2A' }],
    ['data-manager:source:hinaura', { role: 'data-manager', dataset: 'hinaura' }],
    [
      { role: 'governance-editor', department: '33' },
      { role: 'governance-editor', department: '33' },
    ],
  ])('read %j as a grant', (claim, grant) => {
    expect(grantFromClaim(claim)).toEqual(grant);
  });

  it.each([
    'offline_access',
    'admin:40',
    'governance-editor',
    'data-manager:40',
    'data-manager:region:75',
    { role: 'owner' },
    42,
  ])('ignore %j, which is no grant', (claim) => {
    expect(grantFromClaim(claim)).toBeUndefined();
  });
});
