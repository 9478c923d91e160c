import type { OptionStatus } from '@domain/rules/availability';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../i18n';

/** What an option card shows and does. */
export interface OptionCardProps {
  name: string;
  detail?: ReactNode;
  price?: string;
  selected: boolean;
  /** The engine's status: unavailable options are disabled with its reasons; needs-changes ones say what changes. */
  status?: OptionStatus | undefined;
  /** A reason of our own to block the option (e.g. it comes with a package). */
  blockedReason?: string | undefined;
  swatch?: ReactNode;
  onSelect: () => void;
}

/** One choosable option: a large touch target named by the option, with its reason always visible. */
export function OptionCard({
  name,
  detail,
  price,
  selected,
  status,
  blockedReason,
  swatch,
  onSelect,
}: OptionCardProps) {
  const { t } = useTranslation();
  const say = useMessage();
  const nameId = useId();
  const infoId = useId();
  const unavailable = !selected && (status?.status === 'unavailable' || blockedReason !== undefined);
  const needsChanges = !selected && status?.status === 'needs-changes';
  const reasons = blockedReason ?? status?.reasons.map(say).join(' · ');
  return (
    <button
      type="button"
      className="option-card"
      data-status={
        selected ? 'selected' : unavailable ? 'unavailable' : needsChanges ? 'needs-changes' : 'available'
      }
      aria-pressed={selected}
      aria-disabled={unavailable || undefined}
      aria-labelledby={nameId}
      aria-describedby={infoId}
      onClick={unavailable ? undefined : onSelect}
    >
      {swatch}
      <span className="option-body">
        <span className="option-title">
          <span className="option-name" id={nameId}>
            {name}
          </span>
          {selected && <span className="option-check" aria-hidden="true" />}
        </span>
        <span id={infoId} className="option-info">
          {detail && <span className="option-detail">{detail}</span>}
          {unavailable && reasons && (
            <span className="option-reason" title={reasons}>
              {reasons}
            </span>
          )}
          {needsChanges && reasons && (
            <span className="option-changes" title={reasons}>
              {t('option.alsoChanges', { changes: reasons })}
            </span>
          )}
        </span>
      </span>
      {price && <span className="option-price">{price}</span>}
    </button>
  );
}
