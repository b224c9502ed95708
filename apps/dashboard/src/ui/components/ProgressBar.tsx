/** A progress bar (0–100) with its percentage as text; "—" when unknown. */
export function ProgressBar({ value, label }: { value: number | null; label: string }) {
  if (value === null) return <span className="muted">—</span>;
  const pct = Math.round(value);
  return (
    <span className="progress">
      <progress max={100} value={pct} aria-label={label} />
      <span className="progress-text">{pct}%</span>
    </span>
  );
}
