import * as React from 'react';
import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { addDaysTo, addMonthsTo, isIsoDate, type IsoDate } from '../../domain/shared/calendar';
import type { Locale } from '../../domain/shared/localized-text';
import type { Translate } from '../../i18n/translator';
import { firstOfMonth, fullDate, monthName, monthWeeks, weekdayFromMonday, weekdayNames } from './calendar-month';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalXS },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  grid: { borderCollapse: 'collapse' },
  weekday: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, padding: tokens.spacingVerticalXS, textAlign: 'center' },
  day: { minWidth: '36px', width: '36px', height: '32px', padding: 0 },
  otherMonth: { color: tokens.colorNeutralForeground3 },
  today: { fontWeight: tokens.fontWeightBold, textDecorationLine: 'underline' }
});

export interface DateCalendarProps {
  /** The chosen day, if the field holds one. */
  readonly selected?: IsoDate;
  readonly today: IsoDate;
  readonly locale: Locale;
  readonly t: Translate;
  readonly onPick: (date: IsoDate) => void;
}

/** Keys that move the focused day, as in WAI-ARIA's date picker dialog pattern. */
function movedBy(key: string, day: IsoDate): IsoDate | undefined {
  switch (key) {
    case 'ArrowLeft':
      return addDaysTo(day, -1);
    case 'ArrowRight':
      return addDaysTo(day, 1);
    case 'ArrowUp':
      return addDaysTo(day, -7);
    case 'ArrowDown':
      return addDaysTo(day, 7);
    case 'Home':
      return addDaysTo(day, -weekdayFromMonday(day));
    case 'End':
      return addDaysTo(day, 6 - weekdayFromMonday(day));
    case 'PageUp':
      return addMonthsTo(day, -1);
    case 'PageDown':
      return addMonthsTo(day, 1);
    default:
      return undefined;
  }
}

/**
 * A month's calendar in the page's language (issue 10): Swedish month and day names with the week
 * starting on Monday in Swedish, English names in English. One day is in the tab order; the arrow
 * keys, Home/End and Page Up/Down move it (WAI-ARIA APG, date picker dialog), Enter picks it.
 */
export function DateCalendar({ selected, today, locale, t, onPick }: DateCalendarProps): JSX.Element {
  const styles = useStyles();
  const [focused, setFocused] = React.useState<IsoDate>(selected ?? today);
  const [moved, setMoved] = React.useState(false);
  const grid = React.useRef<HTMLTableElement>(null);
  const month = firstOfMonth(focused);
  const names = React.useMemo(() => weekdayNames(locale), [locale]);

  const focusDay = React.useCallback((day: IsoDate) => grid.current?.querySelector<HTMLButtonElement>(`[data-date="${day}"]`)?.focus(), []);

  React.useEffect(() => {
    // On opening, the chosen day (or today) has the focus, after the popover has placed its own (APG date picker dialog).
    const frame = window.requestAnimationFrame(() => focusDay(selected ?? today));
    return () => window.cancelAnimationFrame(frame);
    // Only on opening: later the keys move the focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  React.useEffect(() => {
    // Focus follows the keys; the month buttons keep theirs.
    if (moved) focusDay(focused);
  }, [focused, moved, focusDay]);

  const turnMonth = (months: number): void => {
    setMoved(false);
    setFocused(addMonthsTo(focused, months));
  };

  const move = (to: IsoDate): void => {
    setMoved(true);
    setFocused(to);
  };

  return (
    <div className={styles.root} data-testid="date-calendar">
      <div className={styles.header}>
        <Button appearance="subtle" size="small" onClick={() => turnMonth(-1)} aria-label={t('council.dateField.previousMonth')}>
          ‹
        </Button>
        <Text weight="semibold" aria-live="polite" id={`calendar-month-${month}`}>
          {monthName(month, locale)}
        </Text>
        <Button appearance="subtle" size="small" onClick={() => turnMonth(1)} aria-label={t('council.dateField.nextMonth')}>
          ›
        </Button>
      </div>
      <table
        ref={grid}
        className={styles.grid}
        role="grid"
        aria-labelledby={`calendar-month-${month}`}
        onKeyDown={(event) => {
          const to = movedBy(event.key, focused);
          if (to === undefined) return;
          event.preventDefault();
          move(to);
        }}
      >
        <thead>
          <tr>
            {names.map((name) => (
              <th key={name.full} scope="col" abbr={name.full} className={styles.weekday}>
                {name.short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month).map((week) => (
            <tr key={week[0]}>
              {week.map((day) => (
                <td key={day} aria-selected={day === selected}>
                  <Button
                    appearance={day === selected ? 'primary' : 'subtle'}
                    size="small"
                    className={mergeClasses(styles.day, day.slice(0, 7) !== month.slice(0, 7) && day !== selected && styles.otherMonth, day === today && styles.today)}
                    tabIndex={day === focused ? 0 : -1}
                    aria-label={fullDate(day, locale)}
                    aria-current={day === today ? 'date' : undefined}
                    data-date={day}
                    onClick={() => onPick(day)}
                  >
                    {Number(day.slice(8))}
                  </Button>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The field's text as a day, when it is one (the person may be half-way through typing). */
export function dayIn(text: string): IsoDate | undefined {
  const trimmed = text.trim();
  return isIsoDate(trimmed) ? trimmed : undefined;
}
