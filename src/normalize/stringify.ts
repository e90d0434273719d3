/**
 * JSON-like text of any value, without recursion (so depth 10,000 cannot overflow the stack),
 * with cycles shown as "[Circular]" and getters that throw shown as "[Unreadable]".
 */

/** An open array or object: its source, its keys (the length for arrays) and the next index. */
type Frame = [source: object, keys: string[] | number, index: number];

function primitive(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'symbol':
      return JSON.stringify(String(value));
    case 'function':
      return '"[Function]"';
  }
  return 'null';
}

export function safeStringify(value: unknown, onCycle?: () => void): string {
  let out = '';
  const stack: Frame[] = [];
  const onPath = new Set<object>();

  const emit = (item: unknown): void => {
    if (item === null || typeof item !== 'object') {
      out += primitive(item);
    } else if (onPath.has(item)) {
      out += '"[Circular]"';
      onCycle?.();
    } else {
      let frame: Frame;
      try {
        if (item instanceof Date) {
          out += Number.isNaN(item.getTime()) ? 'null' : JSON.stringify(item.toISOString());
          return;
        }
        // Keys and length are read once, here: a Proxy that throws becomes one marker, and the text stays balanced.
        frame = [item, Array.isArray(item) ? item.length : Object.keys(item), 0];
      } catch {
        out += '"[Unreadable]"';
        return;
      }
      onPath.add(item);
      out += typeof frame[1] === 'number' ? '[' : '{';
      stack.push(frame);
    }
  };

  emit(value);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const [source, keys, index] = frame;
    const array = typeof keys === 'number';
    if (index >= (array ? keys : keys.length)) {
      out += array ? ']' : '}';
      onPath.delete(source);
      stack.pop();
      continue;
    }
    if (index > 0) out += ',';
    const key = array ? index : keys[index];
    if (!array) out += `${JSON.stringify(key)}:`;
    frame[2] = index + 1;
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
