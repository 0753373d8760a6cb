import { isEmailAddress, isWebAddress } from './addresses';

describe('isWebAddress', () => {
  it.each(['https://www.landes.fr', 'http://example.org/a?b=c', 'HTTPS://EXAMPLE.ORG'])(
    'takes %s',
    (value) => {
      expect(isWebAddress(value)).toBe(true);
    },
  );

  it.each(['www.landes.fr', 'mailto:a@b.fr', 'ftp://example.org', 'javascript:alert(1)', 'pas de site', ''])(
    'refuses "%s"',
    (value) => {
      expect(isWebAddress(value)).toBe(false);
    },
  );
});

describe('isEmailAddress', () => {
  it.each(['contact@landes.fr', 'a.b+c@sous.domaine.fr'])('takes %s', (value) => {
    expect(isEmailAddress(value)).toBe(true);
  });

  it.each(['contact', 'contact@landes', '@landes.fr', 'a b@landes.fr', 'a@b@c.fr', ''])(
    'refuses "%s"',
    (value) => {
      expect(isEmailAddress(value)).toBe(false);
    },
  );
});
