import { useTranslation } from 'react-i18next';

/** The car's real length in mm, as staff type it (the library's limits: 1000–20000 mm). */
export function LengthField(props: { value: string; onChange: (value: string) => void; testId?: string }) {
  const { t } = useTranslation();
  return (
    <label>
      {t('vehicles.ui.lengthLabel')}
      <input
        type="number"
        min={1000}
        max={20000}
        required
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        {...(props.testId ? { 'data-testid': props.testId } : {})}
      />
    </label>
  );
}
