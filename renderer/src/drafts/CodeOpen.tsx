import type { CodeNotice } from '@domain/code/decode';
import type { Configuration } from '@domain/configuration';
import type { Message } from '@domain/messages/message';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { useMessage } from '../i18n';
import { ConfigurationText, configurationText, refusalOf } from './NotInShop';

/** "Open from code": paste a configuration code, main decodes it (carrying older price lists over). */
export function CodeOpen(props: { onOpened: (configuration: Configuration, notices: CodeNotice[]) => void }) {
  const { t } = useTranslation();
  const say = useMessage();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [asText, setAsText] = useState<Message[]>([]);
  const id = useId();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || code.trim() === '') return;
    setBusy(true);
    setError(null);
    setAsText([]);
    const result = await call('code:decode', { code: code.trim() });
    setBusy(false);
    if (!result.ok) {
      const refusal = refusalOf(result.error.details);
      const text = refusal ? say(refusal) : result.error.message;
      // A sound code for a car this shop has not is not "invalid": main's sentence says what it is.
      const notHere =
        (result.error.details as { reason?: string } | undefined)?.reason === 'vehicle-not-in-shop';
      setError(notHere ? text : t('drafts.codeInvalid', { message: text }));
      setAsText(configurationText(result.error.details));
      return;
    }
    props.onOpened(result.value.configuration, result.value.notices);
  };
  return (
    <form className="code-open" aria-labelledby={`${id}-title`} onSubmit={(e) => void submit(e)}>
      <h3 id={`${id}-title`}>{t('drafts.fromCode')}</h3>
      <label className="field-label" htmlFor={`${id}-code`}>
        {t('drafts.code')}
      </label>
      <div className="code-open-row">
        <input
          id={`${id}-code`}
          value={code}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error !== null || undefined}
          onChange={(e) => setCode(e.target.value)}
        />
        <button
          type="submit"
          className="primary-button"
          aria-disabled={busy || code.trim() === '' || undefined}
        >
          {t('drafts.openCode')}
        </button>
      </div>
      {error && (
        <p className="option-reason" role="alert">
          {error}
        </p>
      )}
      <ConfigurationText lines={asText} testId="code-configuration-text" />
    </form>
  );
}
