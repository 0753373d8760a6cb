import type { GraphQLError } from 'graphql';
import { type InputIssue, invalidInput } from '../errors';

/** What a value must be, and what an issue says of a value that is not. */
export interface Rule<Value> {
  test(value: Value): boolean;
  /** E.g. "is not a web address": the issue names the field and the value before it. */
  reason: string;
}

/**
 * The issues found in one input, collected so that the client learns every field at fault at
 * once: `throwIfAny` throws one BAD_USER_INPUT (`invalidInput`) listing them, in the order found.
 * Fields are paths in the arguments, e.g. `input.address.postalCode`.
 */
export class InputIssues {
  readonly #issues: InputIssue[] = [];

  /** `what` names the input in the error's message: "invalid road map: …". */
  constructor(readonly what: string) {}

  /** An issue of `field`; with the value at fault, when there is one. */
  add(field: string, reason: string, value?: unknown): this {
    this.#issues.push({ field, reason, ...(value !== undefined ? { value: String(value) } : {}) });
    return this;
  }

  /** An issue when a value is given (neither null nor empty) and breaks the rule. */
  check<Value>(field: string, value: Value | null | undefined, rule: Rule<Value>): this {
    if (value !== null && value !== undefined && value !== '' && !rule.test(value))
      this.add(field, rule.reason, value);
    return this;
  }

  /** An issue for each value that breaks the rule. */
  checkEach<Value>(field: string, values: Iterable<Value>, rule: Rule<Value>): this {
    for (const value of values) if (!rule.test(value)) this.add(field, rule.reason, value);
    return this;
  }

  get list(): readonly InputIssue[] {
    return this.#issues;
  }

  /** The BAD_USER_INPUT listing every issue, for a caller that knows there is one. */
  toError(): GraphQLError {
    return invalidInput(this.what, [...this.#issues]);
  }

  /** The BAD_USER_INPUT listing every issue; nothing when there is none. */
  throwIfAny(): void {
    if (this.#issues.length) throw this.toError();
  }
}
