import type { Message } from '@domain/messages/message';
import { MessageSchema } from '@domain/messages/schema';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../i18n';

/** The domain message of a refused code or draft (main sends the CodeError as `details`), if there is one. */
export function refusalOf(details: unknown): Message | undefined {
  const parsed = MessageSchema.safeParse((details as { message?: unknown } | undefined)?.message);
  return parsed.success ? parsed.data : undefined;
}

/** The configuration as text that main sends when a code's or draft's car is not in this shop (`details.text`). */
export function configurationText(details: unknown): Message[] {
  const parsed = MessageSchema.array().safeParse((details as { text?: unknown } | undefined)?.text);
  return parsed.success ? parsed.data : [];
}

/** A configuration that cannot be opened here (its car is not in this shop), one line per choice. */
export function ConfigurationText({ lines, testId }: { lines: Message[]; testId: string }) {
  const { t } = useTranslation();
  const say = useMessage();
  if (lines.length === 0) return null;
  return (
    <section className="configuration-text" data-testid={testId}>
      <h4>{t('drafts.configurationAsText')}</h4>
      <ul>
        {lines.map((line) => (
          <li key={JSON.stringify(line)}>{say(line)}</li>
        ))}
      </ul>
    </section>
  );
}
