import { describeOpeningHours, isOpenAt } from './opening-hours';
import { fromWallClock, toWallClock } from './zones';

const weekdays = 'Mo-Fr 09:00-12:00,14:00-17:30; PH off';

describe('opening hours', () => {
  it('evaluates in Paris time, winter and summer', () => {
    // 08:30 UTC is 09:30 in Paris in winter (UTC+1) and 10:30 in summer (UTC+2).
    expect(isOpenAt(weekdays, '40', new Date('2026-01-13T08:30:00Z'))).toBe(true);
    expect(isOpenAt(weekdays, '40', new Date('2026-01-13T07:30:00Z'))).toBe(false);
    expect(isOpenAt(weekdays, '40', new Date('2026-07-14T08:30:00Z'))).toBe(false); // Fête nationale
    expect(isOpenAt(weekdays, '40', new Date('2026-07-15T10:30:00Z'))).toBe(false); // 12:30 in Paris
    expect(isOpenAt(weekdays, '40', new Date('2026-07-15T09:30:00Z'))).toBe(true);
  });

  it('knows regional public holidays', () => {
    const goodFriday = new Date('2026-04-03T09:00:00Z');
    expect(isOpenAt(weekdays, '40', goodFriday)).toBe(true);
    expect(isOpenAt(weekdays, '67', goodFriday)).toBe(false);
    expect(isOpenAt(weekdays, '974', new Date('2026-12-21T06:00:00Z'))).toBe(true); // 10:00 in Réunion
    expect(isOpenAt(weekdays, '974', new Date('2026-12-21T14:00:00Z'))).toBe(false); // 18:00 in Réunion
  });

  it('describes the week, the current state and the next change', () => {
    const description = describeOpeningHours(weekdays, '75', new Date('2026-12-24T10:00:00Z'));
    expect(description.isValid).toBe(true);
    expect(description.isOpenNow).toBe(true);
    expect(description.nextChange?.toISOString()).toBe('2026-12-24T11:00:00.000Z');
    expect(description.week.map((day) => day.date)).toEqual([
      '2026-12-21',
      '2026-12-22',
      '2026-12-23',
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
      '2026-12-27',
    ]);
    expect(description.week[0]?.intervals).toEqual([
      { opens: '09:00', closes: '12:00', comment: null },
      { opens: '14:00', closes: '17:30', comment: null },
    ]);
    expect(description.week[4]?.intervals).toEqual([]); // Christmas
  });

  it('closes on public holidays unless the hours say otherwise', () => {
    // Christmas Day 2026 is a Friday; 10:00 UTC is 11:00 in Paris.
    const christmas = new Date('2026-12-25T10:00:00Z');
    const closed = describeOpeningHours('Tu-Sa 10:00-18:00', '75', christmas);
    expect(isOpenAt('Tu-Sa 10:00-18:00', '75', christmas)).toBe(false);
    expect(closed).toMatchObject({ osm: 'Tu-Sa 10:00-18:00', isValid: true, isOpenNow: false });
    expect(closed.nextChange?.toISOString()).toBe('2026-12-26T09:00:00.000Z');
    expect(closed.week[4]).toEqual({ date: '2026-12-25', intervals: [] });
    expect(closed.week[3]?.intervals).toEqual([{ opens: '10:00', closes: '18:00', comment: null }]);

    const holidayHours = 'Tu-Sa 10:00-18:00; PH 10:00-12:00';
    const open = describeOpeningHours(holidayHours, '75', christmas);
    expect(isOpenAt(holidayHours, '75', christmas)).toBe(true);
    expect(isOpenAt(holidayHours, '75', new Date('2026-12-25T11:30:00Z'))).toBe(false);
    expect(open.isOpenNow).toBe(true);
    expect(open.nextChange?.toISOString()).toBe('2026-12-25T11:00:00.000Z');
    expect(open.week[4]?.intervals).toEqual([{ opens: '10:00', closes: '12:00', comment: 'Noël' }]);
  });

  it('marks unreadable hours instead of guessing', () => {
    expect(describeOpeningHours('du lundi au vendredi', '75', new Date())).toMatchObject({
      isValid: false,
      isOpenNow: null,
      week: [],
    });
    expect(isOpenAt('du lundi au vendredi', '75', new Date())).toBe(false);
  });

  it('converts wall-clock times both ways around daylight-saving changes', () => {
    // (02:30 on the last Sunday of October happens twice in Paris: either instant is right.)
    for (const iso of [
      '2026-03-29T00:30:00Z',
      '2026-03-29T01:30:00Z',
      '2026-10-25T02:30:00Z',
      '2026-06-01T12:00:00Z',
    ]) {
      const instant = new Date(iso);
      expect(fromWallClock(toWallClock(instant, 'Europe/Paris'), 'Europe/Paris').toISOString()).toBe(
        instant.toISOString(),
      );
    }
  });
});
