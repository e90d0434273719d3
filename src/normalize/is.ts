/** The two type guards every section uses. */

export const isString = (value: unknown): value is string => typeof value === 'string';

/** An object that is not an array: a record of fields (a class instance or a Map passes too). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
