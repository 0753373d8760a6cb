import { builder } from '../builder';
import { connectionOf } from './common';
import {
  EventConnection,
  EventRef,
  GuideConnection,
  GuideRef,
  PracticeConnection,
  PracticeRef,
} from './content-types';
import { EventFilter, filterEvents } from './event';
import { filterGuides, GuideFilter } from './guide';
import { filterPractices, PracticeFilter } from './practice';
import { CommuneRef, DepartmentRef, RegionRef } from './references';

/**
 * Régions, départements and communes show the content that concerns them: guides scoped to them,
 * to what contains them or to what they contain (and national ones), practices and events there.
 */
for (const [territory, kind] of [
  [RegionRef, 'REGION'],
  [DepartmentRef, 'DEPARTMENT'],
  [CommuneRef, 'COMMUNE'],
] as const) {
  builder.objectFields(territory, (t) => ({
    guides: t.connection(
      {
        type: GuideRef,
        nullable: true,
        description: 'Guides that concern it, newest first, filtered like `guides`',
        args: { filter: t.arg({ type: GuideFilter, required: false, description: 'Further conditions' }) },
        resolve: async ({ code }, { filter, ...args }, context) =>
          connectionOf(await filterGuides(context, 'PUBLISHED', filter, [{ kind, code }]), args),
      },
      GuideConnection,
    ),
    practices: t.connection(
      {
        type: PracticeRef,
        nullable: true,
        description: 'Good practices there, newest first, filtered like `practices`',
        args: { filter: t.arg({ type: PracticeFilter, required: false, description: 'Further conditions' }) },
        resolve: async ({ code }, { filter, ...args }, context) =>
          connectionOf(await filterPractices(context, 'PUBLISHED', filter, [{ kind, code }]), args),
      },
      PracticeConnection,
    ),
    events: t.connection(
      {
        type: EventRef,
        nullable: true,
        description: 'Events there, soonest first, upcoming ones unless the filter says otherwise',
        args: { filter: t.arg({ type: EventFilter, required: false, description: 'Further conditions' }) },
        resolve: async ({ code }, { filter, ...args }, context) =>
          connectionOf(await filterEvents(context, 'PUBLISHED', filter, [{ kind, code }]), args),
      },
      EventConnection,
    ),
  }));
}
