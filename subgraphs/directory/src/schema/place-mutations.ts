import { randomUUID } from 'node:crypto';
import { assertMay } from '@passerelle/platform/auth';
import { badUserInput, notFound } from '@passerelle/platform/errors';
import { checkedId } from '@passerelle/platform/validation';
import { builder } from '../builder';
import type { PrismaClient } from '../generated/prisma/client';
import { dataManagers, managePlace } from '../places/access';
import { isDatasetName } from '../places/dataset-name';
import { placeIdOf, placeRow } from '../places/place-row';
import { PlaceInput, PlaceUpdateInput, validatePlaceInput } from './place-input';

/**
 * Data managers edit places one by one: the same validation as the import, and only in the
 * sources or départements they manage.
 */

async function existingPlace(context: { prisma: PrismaClient }, id: string | number) {
  const place = await context.prisma.place.findUnique({
    where: { id: checkedId(id, 'place'), archivedAt: null },
  });
  if (!place) throw notFound('Place', String(id));
  return place;
}

builder.mutationFields((t) => ({
  createPlace: t.prismaField({
    type: 'Place',
    description: 'Adds a place to a source (the name an import uses as --source).',
    args: {
      source: t.arg.string({
        description: 'The source to add it to: letters, digits, dots, dashes or underscores; one you manage',
      }),
      input: t.arg({ type: PlaceInput, description: 'The place, validated like an imported row' }),
    },
    authScopes: dataManagers,
    resolve: async (query, _root, { source, input }, context) => {
      if (!isDatasetName(source))
        throw badUserInput('source must be letters, digits, dots, dashes or underscores', 'source');
      const fields = validatePlaceInput(
        { externalId: `passerelle-${randomUUID()}`, ...input },
        {},
        new Date(),
      );
      assertMay(context.identity, managePlace, { dataset: source, departmentCode: fields.departmentCode });
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
    args: {
      id: t.arg.id({ description: 'The `id` of the place' }),
      input: t.arg({ type: PlaceUpdateInput, description: 'The fields that change' }),
    },
    authScopes: dataManagers,
    resolve: async (query, _root, { id, input }, context) => {
      const current = await existingPlace(context, id);
      assertMay(context.identity, managePlace, current);
      if (input.externalId != null && input.externalId !== current.externalId) {
        throw badUserInput("a place's id in its source cannot change", 'input.externalId');
      }
      const fields = validatePlaceInput(input, current, new Date());
      assertMay(context.identity, managePlace, {
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
    args: { id: t.arg.id({ description: 'The `id` of the place' }) },
    authScopes: dataManagers,
    resolve: async (query, _root, { id }, context) => {
      const current = await existingPlace(context, id);
      assertMay(context.identity, managePlace, current);
      return context.prisma.place.update({
        ...query,
        where: { id: current.id },
        data: { archivedAt: new Date() },
      });
    },
  }),
}));
