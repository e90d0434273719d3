'use client';

import { clsx } from 'clsx';
import { type ComponentPropsWithoutRef, forwardRef, useEffect, useRef, useState } from 'react';
import { type Messages, resolveMessages } from '../../model/messages.js';

export interface CopyButtonProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** The text to copy. */
  value: string;
  /** Accessible name of the button, e.g. "Copy hash". @default messages.copy ("Copy") */
  label?: string;
  /** Built-in words: `copy`, `copied` (announced after a copy), `copyFailed` (when the browser refused). @default defaultMessages */
  messages?: Partial<Messages>;
  /** Called after each attempt with its outcome. */
  onCopied?: (ok: boolean) => void;
}

type Status = 'idle' | 'copied' | 'failed';

async function writeText(value: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(value);
      return true;
    }
  } catch {
    // Fall through to the selection-based copy below.
  }
  const area = document.createElement('textarea');
  area.value = value;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/**
 * A client component that copies a value (a reference, a hash) and announces the result in a
 * polite live region. It is optional: the server HTML of the meta box always shows the plain value,
 * and this button is added beside it through the `actions` prop of `MetaTable`/`ArticleMetaBox`/`ArticleView`.
 * Import it from `article-meta-box/client`.
 */
export const CopyButton = /* @__PURE__ */ forwardRef<HTMLSpanElement, CopyButtonProps>(function CopyButton(
  { value, label, messages, onCopied, className, ...rest },
  ref,
) {
  const words = resolveMessages(messages);
  const [status, setStatus] = useState<Status>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = async () => {
    const ok = await writeText(value);
    setStatus(ok ? 'copied' : 'failed');
    onCopied?.(ok);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus('idle'), 2000);
  };

  return (
    <span
      ref={ref}
      className={clsx('amb-CopyButton', className)}
      data-slot="copy-button"
      data-status={status === 'idle' ? undefined : status}
      {...rest}
    >
      <button type="button" className="amb-CopyButton-button" aria-label={label ?? words.copy} onClick={copy}>
        <svg
          aria-hidden="true"
          width="14"
          height="14"
          viewBox="0 0 16 16"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
        >
          {status === 'copied' ? (
            <path d="M3 8.5l3 3 7-7" strokeLinecap="round" strokeLinejoin="round" />
          ) : (
            <>
              <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
              <path d="M10.5 3.5v-.5A1.5 1.5 0 0 0 9 1.5H4A1.5 1.5 0 0 0 2.5 3v5A1.5 1.5 0 0 0 4 9.5h.5" />
            </>
          )}
        </svg>
      </button>
      <span className="amb-CopyButton-status" role="status">
        {status === 'copied' ? words.copied : status === 'failed' ? words.copyFailed : ''}
      </span>
    </span>
  );
});
