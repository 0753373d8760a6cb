/** `{ VALUE: { description: label } }`: GraphQL enum values that carry their French label. */
export function labelledEnumValues<Labels extends Record<string, string>>(labels: Labels) {
  return Object.fromEntries(
    Object.entries(labels).map(([value, label]) => [value, { description: label }]),
  ) as {
    [Value in keyof Labels & string]: { description: string };
  };
}
