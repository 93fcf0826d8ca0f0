import * as React from 'react';
import { Button, Input, Popover, PopoverSurface, PopoverTrigger, makeStyles, tokens } from '@fluentui/react-components';
import type { IsoDate } from '../../domain/shared/calendar';
import type { Locale } from '../../domain/shared/localized-text';
import type { Translate } from '../../i18n/translator';
import { DateCalendar, dayIn } from './date-calendar';

const useStyles = makeStyles({ row: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS }, input: { width: '11em' } });

/** A calendar glyph drawn here: the icon package is not among the tab's dependencies. */
function CalendarGlyph(): JSX.Element {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="2" y="3" width="12" height="11" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.2" />
      <path d="M2 6.5h12M5 1.5v3M11 1.5v3" stroke="currentColor" strokeWidth="1.2" />
    </svg>
  );
}

export interface DateFieldProps {
  /** What the field holds: a day written YYYY-MM-DD, or what the person is typing. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** The region's today: where the calendar opens when the field holds no day, and marked in it. */
  readonly today: IsoDate;
  readonly locale: Locale;
  readonly t: Translate;
  readonly testId: string;
}

/**
 * A date in the forms (issue 10): written YYYY-MM-DD (as the region writes dates, and the app service
 * takes them) whatever the browser's own language, with a calendar in the page's language beside it.
 * Put it in a Field: the field's label names the input, and the calendar's button names the field.
 */
export function DateField({ value, onChange, today, locale, t, testId }: DateFieldProps): JSX.Element {
  const styles = useStyles();
  const [open, setOpen] = React.useState(false);
  const input = React.useRef<HTMLInputElement>(null);
  const selected = dayIn(value);
  return (
    <div className={styles.row}>
      <Input
        ref={input}
        className={styles.input}
        value={value}
        onChange={(_event, data) => onChange(data.value)}
        placeholder={t('council.dateField.placeholder')}
        inputMode="numeric"
        autoComplete="off"
        data-testid={testId}
      />
      <Popover open={open} onOpenChange={(_event, data) => setOpen(data.open)} trapFocus positioning="below-start">
        <PopoverTrigger disableButtonEnhancement>
          <Button appearance="subtle" icon={<CalendarGlyph />} aria-label={t('council.dateField.open', { date: selected ?? '' })} data-testid={`${testId}-calendar`} />
        </PopoverTrigger>
        <PopoverSurface aria-label={t('council.dateField.dialog')}>
          <DateCalendar
            selected={selected}
            today={today}
            locale={locale}
            t={t}
            onPick={(day) => {
              onChange(day);
              setOpen(false);
              input.current?.focus();
            }}
          />
        </PopoverSurface>
      </Popover>
    </div>
  );
}
