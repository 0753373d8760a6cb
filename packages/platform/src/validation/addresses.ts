import type { Rule } from './issues';

/** Whether a value is an absolute http or https address. */
export function isWebAddress(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

const EMAIL_ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Whether a value looks like an e-mail address: something, @, a domain with a dot; no spaces. */
export function isEmailAddress(value: string): boolean {
  return EMAIL_ADDRESS.test(value);
}

export const webAddress: Rule<string> = { test: isWebAddress, reason: 'is not a web address' };

export const emailAddress: Rule<string> = { test: isEmailAddress, reason: 'is not an email address' };
