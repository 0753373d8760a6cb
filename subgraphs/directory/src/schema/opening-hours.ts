import { CACHE_MAX_AGE, cachedFor } from '@passerelle/platform/cache';
import { builder } from '../builder';
import { describeOpeningHours, type OpeningDay, type OpeningInterval } from '../opening-hours/opening-hours';

const OpeningIntervalType = builder.objectRef<OpeningInterval>('OpeningInterval').implement({
  description: 'A time range of a day during which the place is open.',
  fields: (t) => ({
    opens: t.exposeString('opens', { description: 'Local time, HH:MM' }),
    closes: t.exposeString('closes', { description: 'Local time, HH:MM (24:00 for midnight)' }),
    comment: t.exposeString('comment', {
      nullable: true,
      description: 'As written in the hours, e.g. "sur rendez-vous"',
    }),
  }),
});

const OpeningDayType = builder.objectRef<OpeningDay>('OpeningDay').implement({
  description: 'One day of the current week and when the place is open that day.',
  fields: (t) => ({
    date: t.field({
      type: 'Date',
      description: 'The day, in local time',
      resolve: (day) => new Date(`${day.date}T00:00:00Z`),
    }),
    intervals: t.field({
      type: [OpeningIntervalType],
      description: 'In order of opening; empty on a day the place is closed',
      resolve: (day) => day.intervals,
    }),
  }),
});

export interface OpeningHoursParent {
  osm: string;
  departmentCode: string;
}

export const OpeningHoursType = builder.objectRef<OpeningHoursParent>('OpeningHours').implement({
  // "Open now" and the next change move with the clock.
  directives: cachedFor(CACHE_MAX_AGE.clock),
  description:
    "A place's opening hours, evaluated in its local time (Europe/Paris in metropolitan France) with French public holidays.",
  fields: (t) => {
    const described = (parent: OpeningHoursParent) =>
      describeOpeningHours(parent.osm, parent.departmentCode, new Date());
    return {
      osm: t.exposeString('osm', {
        description:
          'As published, in OpenStreetMap opening_hours syntax (`horaires`), e.g. "Mo-Fr 09:00-12:00,14:00-18:00"',
      }),
      isValid: t.boolean({
        description:
          'False when the text is not in opening_hours syntax (the place is then never found open)',
        resolve: (parent) => described(parent).isValid,
      }),
      isOpenNow: t.boolean({
        nullable: true,
        description: 'Whether it is open at the time of the request; null when the hours are not valid',
        resolve: (parent) => described(parent).isOpenNow,
      }),
      nextChange: t.field({
        type: 'DateTime',
        nullable: true,
        description: 'When it next opens or closes (within a year)',
        resolve: (parent) => described(parent).nextChange,
      }),
      week: t.field({
        type: [OpeningDayType],
        description: 'This week, Monday to Sunday, in local time',
        resolve: (parent) => described(parent).week,
      }),
    };
  },
});
