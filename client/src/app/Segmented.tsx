/** A row of buttons of which one is chosen (a tab strip): the table/graph switch, the query side's panels. */
export interface SegmentOption<T extends string> {
  value: T;
  label: string;
  testId?: string;
  disabled?: boolean;
}

export function Segmented<T extends string>({
  options,
  value,
  onChange,
  className = '',
}: {
  options: readonly SegmentOption<T>[];
  value: T;
  onChange: (value: T) => void;
  className?: string;
}) {
  return (
    <div className={`segmented ${className}`.trim()} role="tablist">
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          role="tab"
          aria-selected={o.value === value}
          className={o.value === value ? 'active' : ''}
          onClick={() => onChange(o.value)}
          disabled={o.disabled}
          data-testid={o.testId}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
