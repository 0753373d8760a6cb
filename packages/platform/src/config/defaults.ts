/**
 * Where the services that are not subgraphs listen when their `<NAME>_PORT` is not set (the
 * subgraphs' ports are in schema/subgraphs.json; the operation limits in DEFAULT_OPERATION_LIMITS).
 */
export const DEFAULT_PORTS = {
  gateway: 4000,
  cms: 1337,
  embeddedPostgres: 54320,
} as const;
