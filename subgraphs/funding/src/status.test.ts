import { programStatus } from './status';

const day = new Date('2026-11-23T00:00:00Z');
const on = (offset: number) => new Date(day.getTime() + offset * 86_400_000);

describe('programme status', () => {
  it.each([
    [null, null, 'PERMANENT'],
    [on(1), on(60), 'UPCOMING'],
    [on(-60), on(-1), 'CLOSED'],
    [on(-60), on(0), 'CLOSING_SOON'],
    [on(-60), on(30), 'CLOSING_SOON'],
    [on(-60), on(31), 'OPEN'],
    [null, on(90), 'OPEN'],
    [on(-10), null, 'OPEN'],
    [on(0), on(10), 'CLOSING_SOON'],
  ])('opens %s, closes %s → %s', (opensOn, closesOn, status) => {
    expect(programStatus({ opensOn, closesOn }, day)).toBe(status);
  });
});
