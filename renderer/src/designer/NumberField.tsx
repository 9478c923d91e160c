import { useEffect, useId, useRef, useState } from 'react';

/**
 * A slider with a number box: the slider previews while it moves and commits when let go; the box commits
 * on Enter or when it loses focus. Values outside min..max are clamped.
 */
export function NumberField({
  label,
  unit,
  value,
  min,
  max,
  step,
  onPreview,
  onCommit,
  testId,
}: {
  label: string;
  unit: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onPreview?: (v: number) => void;
  onCommit: (v: number) => void;
  testId?: string;
}) {
  const id = useId();
  const [local, setLocal] = useState(value);
  const [text, setText] = useState(String(value));
  const committed = useRef(value);
  useEffect(() => {
    committed.current = value;
    setLocal(value);
    setText(String(value));
  }, [value]);
  const clamp = (v: number) => Math.min(max, Math.max(min, v));
  const commit = (v: number) => {
    const c = clamp(v);
    setLocal(c);
    setText(String(c));
    if (c !== committed.current) {
      committed.current = c;
      onCommit(c);
    }
  };
  const preview = (v: number) => {
    setLocal(v);
    setText(String(v));
    onPreview?.(v);
  };
  return (
    <div className="dz-field">
      <label htmlFor={id}>{label}</label>
      <input
        type="range"
        min={min}
        max={max}
        step={step}
        value={local}
        aria-label={label}
        onChange={(e) => preview(Number(e.target.value))}
        onPointerUp={() => commit(local)}
        onKeyUp={() => commit(local)}
        onBlur={() => commit(local)}
      />
      <span className="dz-number">
        <input
          id={id}
          type="number"
          min={min}
          max={max}
          step={step}
          value={text}
          data-testid={testId}
          onChange={(e) => setText(e.target.value)}
          onBlur={() => {
            const v = Number(text);
            if (Number.isFinite(v) && text.trim() !== '') commit(v);
            else setText(String(local));
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
          }}
        />
        <span className="dz-unit">{unit}</span>
      </span>
    </div>
  );
}
