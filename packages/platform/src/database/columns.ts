/** A field's column: its snake_case name (every subgraph's schema maps its fields that way). */
function columnOf(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/**
 * Every scalar column of `table` (or of an alias of it), named as Prisma names the fields, for a
 * raw SELECT: raw queries then return the same objects as Prisma's own (it converts the values the
 * same way). `fields` is the model's generated ScalarFieldEnum.
 */
export function scalarColumns(table: string, fields: Record<string, string>): string {
  return Object.keys(fields)
    .map((field) => `${table}.${columnOf(field)} AS "${field}"`)
    .join(', ');
}
