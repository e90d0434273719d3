/**
 * JSON-like text of any value, without recursion (so depth 10,000 cannot overflow the stack),
 * with cycles shown as "[Circular]", getters that throw as "[Unreadable]", and a bounded size:
 * at most `maxItems` items per array, `maxEntries` keys per object and `maxValues` values in all,
 * the rest counted in a last "… N more" item.
 */

/** An open array or object: its source, its keys (none for an array), its size, the next index and where it stops. */
interface Frame {
  source: object;
  keys?: string[];
  size: number;
  index: number;
  end: number;
}

export interface StringifyLimits {
  maxItems: number;
  maxEntries: number;
  maxValues: number;
}

/** What the text hides, set as it is written: flags, not callbacks, so a caller needs no closures. */
export interface StringifyFindings {
  /** A value refers to one of its ancestors. */
  cycle?: true;
  /** Some values were left out to keep the text bounded. */
  truncated?: true;
}

function primitive(value: unknown): string {
  if (typeof value === 'bigint') return String(value);
  // JSON.stringify writes strings, booleans and numbers (non-finite ones as null) and returns undefined for
  // undefined: one call for all of them. Symbols and functions are written as strings that name them.
  const named = typeof value === 'symbol' ? String(value) : typeof value === 'function' ? '[Function]' : value;
  return JSON.stringify(named) ?? 'null';
}

/** What JSON.stringify would write for a non-plain object (`toJSON`), and Map and Set as the lists they hold. */
function plainForm(item: object): unknown {
  if (typeof (item as { toJSON?: unknown }).toJSON === 'function') return (item as { toJSON(): unknown }).toJSON();
  if (item instanceof Map || item instanceof Set) return Array.from(item);
  return item;
}

export function safeStringify(value: unknown, limits: StringifyLimits, findings: StringifyFindings): string {
  let out = '';
  let values = 0;
  const stack: Frame[] = [];
  const onPath = new Set<object>();

  const emit = (raw: unknown): void => {
    values++;
    let item = raw;
    if (item !== null && typeof item === 'object' && !onPath.has(item)) {
      try {
        item = plainForm(item);
      } catch {
        item = '[Unreadable]';
      }
    }
    if (item === null || typeof item !== 'object') {
      out += primitive(item);
    } else if (onPath.has(item)) {
      out += '"[Circular]"';
      findings.cycle = true;
    } else {
      try {
        // Keys and length are read once, here: a Proxy that throws becomes one marker, and the text stays balanced.
        const length = Array.isArray(item) || ArrayBuffer.isView(item) ? (item as ArrayLike<unknown>).length : -1;
        const keys = length < 0 ? Object.keys(item) : undefined;
        // A DataView has no length: it is shown as the marker, like anything whose size cannot be read.
        if (length === undefined) throw item;
        const size = keys ? keys.length : length;
        stack.push({
          source: item,
          keys,
          size,
          index: 0,
          end: Math.min(size, keys ? limits.maxEntries : limits.maxItems),
        });
        out += keys ? '{' : '[';
        onPath.add(item);
      } catch {
        out += '"[Unreadable]"';
      }
    }
  };

  emit(value);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const { source, keys, size, index } = frame;
    if (index >= frame.end || values >= limits.maxValues) {
      if (index < size) {
        // The rest of this container is counted, not written.
        out += `${index > 0 ? ',' : ''}${keys ? '"…":' : ''}"… ${size - index} more"`;
        findings.truncated = true;
      }
      out += keys ? '}' : ']';
      onPath.delete(source);
      stack.pop();
      continue;
    }
    if (index > 0) out += ',';
    const key = keys ? keys[index] : index;
    if (keys) out += `${JSON.stringify(key)}:`;
    frame.index = index + 1;
    let child: unknown;
    try {
      child = (source as Record<string | number, unknown>)[key];
    } catch {
      child = '[Unreadable]';
    }
    emit(child);
  }
  return out;
}
