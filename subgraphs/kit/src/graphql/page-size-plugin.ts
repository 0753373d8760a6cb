import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { badUserInput } from '../errors';
import { MAX_PAGE_SIZE } from './pagination';

/**
 * Rejects `first` or `last` outside 0..100 on any connection field, with BAD_USER_INPUT, before
 * anything runs. Pagination helpers would otherwise clamp an oversized page silently.
 */
export function pageSizePlugin<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, request }) {
          checkPageSizes(schema, document, request.variables ?? {});
        },
      };
    },
  };
}

function checkPageSizes(
  schema: GraphQLSchema,
  document: Parameters<typeof visit>[0],
  variables: Record<string, unknown>,
): void {
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const field = typeInfo.getFieldDef();
        if (!field || !getNamedType(field.type).name.endsWith('Connection')) return;
        const args = getArgumentValues(field, node, variables);
        for (const name of ['first', 'last'] as const) {
          const size = args[name];
          if (typeof size === 'number' && (size < 0 || size > MAX_PAGE_SIZE)) {
            const error = badUserInput(`"${name}" must be between 0 and ${MAX_PAGE_SIZE}, got ${size}`, name);
            // Rejected before execution: answer 400 like any other invalid request, not 500.
            error.extensions.http = { status: 400 };
            throw error;
          }
        }
      },
    }),
  );
}
