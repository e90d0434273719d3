import { defaultMessages, type Messages } from '../../normalize/messages.js';

/** The defaults, with a consumer's replacements on top (no allocation when there are none). */
export function resolveMessages(messages: Partial<Messages> | undefined): Messages {
  return messages ? { ...defaultMessages, ...messages } : defaultMessages;
}
