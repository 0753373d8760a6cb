import { randomUUID } from 'node:crypto';
import { requireIdentity } from '@passerelle/platform/auth';
import { badUserInput, notFound } from '@passerelle/platform/errors';
import { isUuid } from '@passerelle/platform/validation';
import { builder } from '../builder';
import type { PrismaClient } from '../generated/prisma/client';
import { assertCanManagePlace } from '../places/access';
import { isDatasetName } from '../places/dataset-name';
import { placeIdOf, placeRow } from '../places/place-row';
import { PlaceInput, PlaceUpdateInput, validatePlaceInput } from './place-input';

/**
 * Data managers edit places one by one: the same validation as the import, and only in the
 * sources or départements they manage.
 */

async function existingPlace(context: { prisma: PrismaClient }, id: string) {
  if (!isUuid(id)) throw badUserInput(`"${id}" is not a place id`, 'id');
  const place = await context.prisma.place.findUnique({ where: { id, archivedAt: null } });
  if (!place) throw notFound('Place', id);
  return place;
}

builder.mutationFields((t) => ({
  createPlace: t.prismaField({
    type: 'Place',
    description: 'Adds a place to a source (the name an import uses as --source).',
    args: { source: t.arg.string(), input: t.arg({ type: PlaceInput }) },
    resolve: async (query, _root, { source, input }, context) => {
      requireIdentity(context.identity);
      if (!isDatasetName(source))
        throw badUserInput('source must be letters, digits, dots, dashes or underscores', 'source');
      const fields = validatePlaceInput(
        { externalId: `passerelle-${randomUUID()}`, ...input },
        {},
        new Date(),
      );
      assertCanManagePlace(context.identity, { dataset: source, departmentCode: fields.departmentCode });
      const taken = await context.prisma.place.findUnique({
        where: { dataset_externalId: { dataset: source, externalId: fields.externalId } },
      });
      if (taken)
        throw badUserInput(
          `source "${source}" already has a place with id "${fields.externalId}"`,
          'input.externalId',
        );
      return context.prisma.place.create({
        ...query,
        data: { id: placeIdOf(source, fields.externalId), ...placeRow(source, fields) },
      });
    },
  }),
  updatePlace: t.prismaField({
    type: 'Place',
    description: 'Changes some fields of a place; it must stay in a source or département you manage.',
    args: { id: t.arg.id(), input: t.arg({ type: PlaceUpdateInput }) },
    resolve: async (query, _root, { id, input }, context) => {
      requireIdentity(context.identity);
      const current = await existingPlace(context, String(id));
      assertCanManagePlace(context.identity, current);
      if (input.externalId != null && input.externalId !== current.externalId) {
        throw badUserInput("a place's id in its source cannot change", 'input.externalId');
      }
      const fields = validatePlaceInput(input, current, new Date());
      assertCanManagePlace(context.identity, {
        dataset: current.dataset,
        departmentCode: fields.departmentCode,
      });
      return context.prisma.place.update({
        ...query,
        where: { id: current.id },
        data: placeRow(current.dataset, fields),
      });
    },
  }),
  archivePlace: t.prismaField({
    type: 'Place',
    description:
      'Removes a place from the directory (kept, archived, restored if its source imports it again).',
    args: { id: t.arg.id() },
    resolve: async (query, _root, { id }, context) => {
      requireIdentity(context.identity);
      const current = await existingPlace(context, String(id));
      assertCanManagePlace(context.identity, current);
      return context.prisma.place.update({
        ...query,
        where: { id: current.id },
        data: { archivedAt: new Date() },
      });
    },
  }),
}));
