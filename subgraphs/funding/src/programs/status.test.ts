import { programStatus, today } from './status';

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

describe('the day statuses follow is the day in Paris', () => {
  const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const closingOn1December = { opensOn: date('2026-09-01'), closesOn: date('2026-12-01') };
  const closingOn1July = { opensOn: date('2026-04-01'), closesOn: date('2026-07-01') };
  const openingOn1July = { opensOn: date('2026-07-01'), closesOn: date('2026-12-31') };
  const openingOn29March = { opensOn: date('2026-03-29'), closesOn: date('2026-12-31') };
  const closingOn25October = { opensOn: date('2026-04-01'), closesOn: date('2026-10-25') };

  it.each([
    // Winter (UTC+1): Paris's 1 December starts at 23:00 UTC on 30 November.
    ['2026-11-30T22:59:00Z', '2026-11-30', closingOn1December, 'CLOSING_SOON'],
    ['2026-11-30T23:30:00Z', '2026-12-01', closingOn1December, 'CLOSING_SOON'],
    ['2026-12-01T22:59:00Z', '2026-12-01', closingOn1December, 'CLOSING_SOON'],
    ['2026-12-01T23:30:00Z', '2026-12-02', closingOn1December, 'CLOSED'],
    // Summer (UTC+2): Paris's 1 July starts at 22:00 UTC on 30 June.
    ['2026-06-30T21:59:00Z', '2026-06-30', openingOn1July, 'UPCOMING'],
    ['2026-06-30T22:30:00Z', '2026-07-01', openingOn1July, 'OPEN'],
    ['2026-07-01T21:59:00Z', '2026-07-01', closingOn1July, 'CLOSING_SOON'],
    ['2026-07-01T22:30:00Z', '2026-07-02', closingOn1July, 'CLOSED'],
    // The night clocks go forward, and the night they go back.
    ['2026-03-28T22:59:00Z', '2026-03-28', openingOn29March, 'UPCOMING'],
    ['2026-03-28T23:30:00Z', '2026-03-29', openingOn29March, 'OPEN'],
    ['2026-10-24T22:30:00Z', '2026-10-25', closingOn25October, 'CLOSING_SOON'],
    ['2026-10-25T22:59:00Z', '2026-10-25', closingOn25October, 'CLOSING_SOON'],
    ['2026-10-25T23:00:00Z', '2026-10-26', closingOn25October, 'CLOSED'],
  ])('at %s it is %s in Paris', (instant, parisDay, program, status) => {
    const day = today(new Date(instant));
    expect(day.toISOString()).toBe(`${parisDay}T00:00:00.000Z`);
    expect(programStatus(program, day)).toBe(status);
  });
});
