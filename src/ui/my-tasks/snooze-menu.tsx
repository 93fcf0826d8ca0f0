import * as React from 'react';
import { Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import type { Translate } from '../../i18n/translator';

export interface SnoozeMenuProps {
  readonly name: string;
  readonly days: readonly number[];
  readonly busy: boolean;
  readonly t: Translate;
  onSnooze(days: number): void;
}

/** "Remind me later": the lengths the region offers (R-NDG-2), named as people say them (1 week, 2 weeks, 1 month). */
export function SnoozeMenu({ name, days, busy, t, onSnooze }: SnoozeMenuProps): JSX.Element {
  const label = (count: number): string => {
    const named = t(`myTasks.snoozeFor.${count}`);
    return named === `myTasks.snoozeFor.${count}` ? t('myTasks.snoozeForDays', { count }) : named;
  };
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton size="small" appearance="secondary" disabled={busy} aria-label={t('myTasks.snoozeNamed', { name })} data-testid="snooze">
          {busy ? t('myTasks.snoozing') : t('myTasks.snooze')}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {days.map((count) => (
            <MenuItem key={count} onClick={() => onSnooze(count)} data-testid={`snooze-${count}`}>
              {label(count)}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
