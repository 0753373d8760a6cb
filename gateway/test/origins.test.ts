import { isOriginPattern, originAllowed } from '../src/portals/origins';

describe('portal origins', () => {
  it('allow exact origins, and any port of a host written with :*', () => {
    const origins = ['https://numerique.landes.fr', 'http://localhost:*'];
    expect(originAllowed(origins, 'https://numerique.landes.fr')).toBe(true);
    expect(originAllowed(origins, 'http://localhost:5173')).toBe(true);
    expect(originAllowed(origins, 'http://localhost')).toBe(true);
  });

  it('refuse look-alike hosts, other schemes and other ports', () => {
    const origins = ['https://numerique.landes.fr', 'http://localhost:*'];
    expect(originAllowed(origins, 'https://numerique.landes.fr.evil.example')).toBe(false);
    expect(originAllowed(origins, 'http://numerique.landes.fr')).toBe(false);
    expect(originAllowed(origins, 'https://numerique.landes.fr:8443')).toBe(false);
    expect(originAllowed(origins, 'http://localhost.evil.example')).toBe(false);
    expect(originAllowed(origins, 'http://localhost:5173.evil.example')).toBe(false);
    expect(originAllowed(origins, 'null')).toBe(false);
  });

  it('may be listed only as scheme, host and port', () => {
    expect(isOriginPattern('https://numerique.landes.fr')).toBe(true);
    expect(isOriginPattern('http://localhost:*')).toBe(true);
    expect(isOriginPattern('*')).toBe(false);
    expect(isOriginPattern('https://*.landes.fr')).toBe(false);
    expect(isOriginPattern('https://numerique.landes.fr/')).toBe(false);
    expect(isOriginPattern('ftp://numerique.landes.fr')).toBe(false);
  });
});
