/** The note after a list, record or body that the normalizer cut at a limit: "N more not shown". */
export function OmittedNote({ count, text, slot }: { count?: number; text: (count: number) => string; slot: string }) {
  return count ? (
    <p className="amb-Omitted" data-slot={slot}>
      {text(count)}
    </p>
  ) : null;
}
