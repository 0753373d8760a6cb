import { builder } from '../builder';
import { GUIDES, PRACTICES } from '../cms/collections';
import { EventRef, GuideRef, PracticeRef } from './content-types';
import { filterEvents } from './event';
import { FundingProgramRef, PlaceRef } from './references';

/** The other subgraphs' entities show the content that refers to them. */

builder.objectFields(FundingProgramRef, (t) => ({
  guides: t.field({
    type: [GuideRef],
    nullable: true,
    description: 'Guides about this programme, newest first',
    resolve: async ({ id }, _args, context) =>
      (await context.content.snapshot(GUIDES)).items.filter((guide) => guide.fundingProgramIds.includes(id)),
  }),
}));

builder.objectFields(PlaceRef, (t) => ({
  practices: t.field({
    type: [PracticeRef],
    nullable: true,
    description: 'Good practices that take place here, newest first',
    resolve: async ({ id }, _args, context) =>
      (await context.content.snapshot(PRACTICES)).items.filter((practice) => practice.placeIds.includes(id)),
  }),
  events: t.field({
    type: [EventRef],
    nullable: true,
    description: 'Upcoming events hosted here, soonest first',
    resolve: ({ id }, _args, context) => filterEvents(context, 'PUBLISHED', { placeId: id }),
  }),
}));
