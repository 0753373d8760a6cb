import { Prisma } from '../generated/prisma/client';

/** A field's column: its snake_case name (the schema maps every field that way). */
export function columnOf(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/**
 * Every column of a place, named as Prisma names the fields: raw queries then return the same
 * objects as Prisma's own (it converts the values the same way), at a fraction of the cost.
 */
export const PLACE_COLUMNS = Prisma.raw(
  Object.keys(Prisma.PlaceScalarFieldEnum)
    .map((field) => `place.${columnOf(field)} AS "${field}"`)
    .join(', '),
);
