import { scalarColumns } from '@passerelle/platform/database';
import { Prisma } from '../generated/prisma/client';

/** Every column of a place, named as Prisma names the fields: raw queries return Prisma's own objects. */
export const PLACE_COLUMNS = Prisma.raw(scalarColumns('place', Prisma.PlaceScalarFieldEnum));
