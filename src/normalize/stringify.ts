/**
 * JSON-like text of any value, without recursion (so depth 10,000 cannot overflow the stack),
 * with cycles shown as "[Circular]" and getters that throw shown as "[Unreadable]".
 */
type Frame =
  | { array: true; source: object; items: unknown[]; index: number }
  | { array: false; source: object; keys: string[]; index: number };

function primitive(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return String(value);
    case 'bigint':
      return String(value);
    case 'undefined':
      return 'null';
    case 'symbol':
      return JSON.stringify(String(value));
    case 'function':
      return '"[Function]"';
    default:
      return 'null';
  }
}

export function safeStringify(value: unknown, onCycle?: () => void): string {
  const out: string[] = [];
  const stack: Frame[] = [];
  const onPath = new Set<object>();

  const emit = (item: unknown): void => {
    if (item === null || typeof item !== 'object') {
      out.push(primitive(item));
      return;
    }
    if (onPath.has(item)) {
      out.push('"[Circular]"');
      onCycle?.();
      return;
    }
    if (item instanceof Date) {
      out.push(Number.isNaN(item.getTime()) ? 'null' : JSON.stringify(item.toISOString()));
      return;
    }
    onPath.add(item);
    if (Array.isArray(item)) {
      out.push('[');
      stack.push({ array: true, source: item, items: item, index: 0 });
    } else {
      out.push('{');
      stack.push({ array: false, source: item, keys: Object.keys(item), index: 0 });
    }
  };

  try {
    emit(value);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const length = frame.array ? frame.items.length : frame.keys.length;
      if (frame.index >= length) {
        out.push(frame.array ? ']' : '}');
        onPath.delete(frame.source);
        stack.pop();
        continue;
      }
      if (frame.index > 0) out.push(',');
      let child: unknown;
      try {
        if (frame.array) {
          child = frame.items[frame.index];
        } else {
          const key = frame.keys[frame.index];
          out.push(`${JSON.stringify(key)}:`);
          child = (frame.source as Record<string, unknown>)[key];
        }
      } catch {
        child = '[Unreadable]';
      }
      frame.index += 1;
      emit(child);
    }
  } catch {
    out.push('"[Unreadable]"');
  }
  return out.join('');
}
