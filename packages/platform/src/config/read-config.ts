import { z } from 'zod';
import { ConfigurationError } from '../errors';

/**
 * Reads and validates settings once, at start, into a typed object. The first invalid variable
 * stops the service with a message naming it.
 */
export function readConfig<Shape extends z.ZodRawShape>(
  shape: Shape,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<z.ZodObject<Shape>> {
  const result = z.object(shape).safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    const setting = String(issue?.path[0] ?? 'configuration');
    throw new ConfigurationError(setting, issue?.message ?? 'invalid value');
  }
  return result.data;
}

/** A TCP port; 0 asks the system for a free one (tests). */
export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

export const booleanFlag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'])
    .default(fallback ? 'true' : 'false')
    .transform((value) => value === 'true' || value === '1');

export const postgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must be a postgresql:// URL');

export const httpUrl = z.string().refine((value) => /^https?:\/\//.test(value), 'must be an http(s):// URL');

export const logLevel = z
  .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  .default('info');
