import { assertKnownTerritory } from '@passerelle/contracts/territory-types';
import { assertMay, requireIdentity } from '@passerelle/platform/auth';
import { badUserInput, notFound } from '@passerelle/platform/errors';
import { checkedId } from '@passerelle/platform/validation';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { builder } from '../builder';
import type { Prisma } from '../generated/prisma/client';
import { dataManagers, managedPlaces, managePlace } from '../places/access';
import { TerritoryInput } from './territories';

/**
 * Anyone may report an error on a place (closed, wrong hours, wrong address…); data managers
 * list the reports on the places they manage and resolve or dismiss them.
 */

const MESSAGE_LENGTH = { min: 5, max: 2000 };
const MAX_CONTACT_LENGTH = 200;

const PlaceIssueKind = builder.enumType('PlaceIssueKind', {
  description: 'What is wrong with a place, according to the person reporting it.',
  values: {
    CLOSED: { description: 'The place is closed for good' },
    WRONG_HOURS: { description: 'The opening hours are wrong' },
    WRONG_ADDRESS: { description: 'The address or the position is wrong' },
    WRONG_CONTACT: { description: 'Phone, email or website is wrong' },
    WRONG_SERVICES: { description: 'The services, publics or fees are wrong' },
    DUPLICATE: { description: 'The place appears twice' },
    OTHER: { description: 'Something else, told in the message' },
  } as const,
});

const PlaceIssueStatus = builder.enumType('PlaceIssueStatus', {
  description: 'Where a report on a place stands.',
  values: {
    OPEN: { description: 'Not yet handled by a data manager' },
    RESOLVED: { description: 'The place was corrected' },
    DISMISSED: { description: 'Nothing to correct' },
  } as const,
});

const PlaceIssueReport = builder.prismaObject('PlaceIssueReport', {
  description: 'An error on a place reported by someone; visible to the data managers of the place.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Id of the report (a UUID)' }),
    place: t.relation('place', {
      description: 'The place reported on (open reports of merged places move to the place kept)',
    }),
    kind: t.expose('kind', { type: PlaceIssueKind, description: 'What is wrong, as the reporter says' }),
    message: t.exposeString('message', { description: "The reporter's explanation, 5 to 2000 characters" }),
    contact: t.exposeString('contact', {
      nullable: true,
      description: 'How to reach the reporter, if given',
    }),
    status: t.expose('status', { type: PlaceIssueStatus, description: 'Whether it was handled, and how' }),
    resolutionNote: t.exposeString('resolutionNote', {
      nullable: true,
      description: "The data manager's note when closing it, if any",
    }),
    resolvedBy: t.exposeString('resolvedBy', {
      nullable: true,
      description: 'Identity (token subject) of the data manager who closed it; null while it is open',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was reported' }),
    resolvedAt: t.expose('resolvedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was closed; null while it is open',
    }),
  }),
});

const PlaceIssueReceipt = builder.objectRef<{ id: string; createdAt: Date }>('PlaceIssueReceipt').implement({
  description: 'What the reporter gets back: the report is stored for the data managers.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Id of the stored report' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was stored' }),
  }),
});

builder.mutationFields((t) => ({
  reportPlaceIssue: t.field({
    type: PlaceIssueReceipt,
    description: 'Reports an error on a place. Anyone may: no sign-in needed.',
    args: {
      placeId: t.arg.id({ description: 'The `id` of the place' }),
      kind: t.arg({ type: PlaceIssueKind, description: 'What is wrong' }),
      message: t.arg.string({ description: 'What to correct, 5 to 2000 characters (trimmed)' }),
      contact: t.arg.string({
        required: false,
        description: 'How the data managers may reach you, at most 200 characters',
      }),
    },
    resolve: async (_root, { placeId, kind, message, contact }, context) => {
      const id = checkedId(placeId, 'place', 'placeId');
      const text = message.trim();
      if (text.length < MESSAGE_LENGTH.min || text.length > MESSAGE_LENGTH.max) {
        throw badUserInput(
          `message must be ${MESSAGE_LENGTH.min} to ${MESSAGE_LENGTH.max} characters`,
          'message',
        );
      }
      if (contact && contact.length > MAX_CONTACT_LENGTH) {
        throw badUserInput(`contact must be at most ${MAX_CONTACT_LENGTH} characters`, 'contact');
      }
      const place = await context.prisma.place.findUnique({
        where: { id, archivedAt: null },
        select: { id: true },
      });
      if (!place) throw notFound('Place', id);
      return context.prisma.placeIssueReport.create({
        data: { placeId: id, kind, message: text, contact: contact?.trim() || null },
        select: { id: true, createdAt: true },
      });
    },
  }),
  resolvePlaceIssueReport: t.prismaField({
    type: 'PlaceIssueReport',
    description: 'Closes a report on a place you manage.',
    args: {
      id: t.arg.id({ description: 'The `id` of the report' }),
      status: t.arg({ type: PlaceIssueStatus, description: 'RESOLVED or DISMISSED' }),
      note: t.arg.string({ required: false, description: 'Kept as its `resolutionNote`' }),
    },
    authScopes: dataManagers,
    resolve: async (query, _root, { id, status, note }, context) => {
      const reportId = checkedId(id, 'report');
      if (status === 'OPEN') throw badUserInput('a report is resolved as RESOLVED or DISMISSED', 'status');
      const report = await context.prisma.placeIssueReport.findUnique({
        where: { id: reportId },
        include: { place: true },
      });
      if (!report) throw notFound('PlaceIssueReport', reportId);
      const caller = assertMay(context.identity, managePlace, report.place);
      return context.prisma.placeIssueReport.update({
        ...query,
        where: { id: reportId },
        data: { status, resolutionNote: note ?? null, resolvedBy: caller.subject, resolvedAt: new Date() },
      });
    },
  }),
}));

builder.queryField('placeIssueReports', (t) =>
  t.connection(
    {
      type: PlaceIssueReport,
      nullable: true,
      description: 'Reports on the places you manage, newest first.',
      args: {
        status: t.arg({
          type: PlaceIssueStatus,
          required: false,
          description: 'Only reports in this status',
        }),
        territory: t.arg({
          type: TerritoryInput,
          required: false,
          description: 'Only reports on places of this territory',
        }),
      },
      authScopes: dataManagers,
      resolve: async (_root, args, context) => {
        const caller = requireIdentity(context.identity); // signed in: authScopes said so
        if (args.territory) assertKnownTerritory(args.territory, 'territory.code');
        const territory: Prisma.PlaceWhereInput = args.territory
          ? {
              [{ REGION: 'regionCode', DEPARTMENT: 'departmentCode', COMMUNE: 'communeCode' }[
                args.territory.kind
              ]]: args.territory.code,
            }
          : {};
        const where: Prisma.PlaceIssueReportWhereInput = {
          ...(args.status ? { status: args.status } : {}),
          place: { AND: [managedPlaces(caller), territory] },
        };
        const totalCount = await context.prisma.placeIssueReport.count({ where });
        const connection = await resolveOffsetConnection({ args }, ({ limit, offset }) =>
          context.prisma.placeIssueReport.findMany({
            where,
            orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
            take: limit,
            skip: offset,
          }),
        );
        return { ...connection, totalCount };
      },
    },
    { description: 'A page of reports on places, with the total count.' },
    { description: 'A report in a page, with its cursor.' },
  ),
);
