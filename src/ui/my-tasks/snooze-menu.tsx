import * as React from 'react';
import { Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import type { Translate } from '../../i18n/translator';

export interface SnoozeMenuProps {
  readonly name: string;
  readonly days: readonly number[];
  readonly busy: boolean;
  readonly t: Translate;
  /** Open at once: the person pressed the button before the menu's chunk had arrived (snooze-menu-on-demand.tsx). */
  readonly defaultOpen?: boolean;
  onSnooze(days: number): void;
}

/** "Remind me later": the lengths the region offers (R-NDG-2), named as people say them (1 week, 2 weeks, 1 month). */
export function SnoozeMenu({ name, days, busy, t, defaultOpen, onSnooze }: SnoozeMenuProps): JSX.Element {
  const label = (count: number): string => {
    const named = t(`myTasks.snoozeFor.${count}`);
    return named === `myTasks.snoozeFor.${count}` ? t('myTasks.snoozeForDays', { count }) : named;
  };
  const listRef = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    // Opened by the press that fetched it: focus goes into the menu, as when Fluent opens it by keyboard.
    if (defaultOpen === true) listRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [defaultOpen]);
  return (
    <Menu defaultOpen={defaultOpen}>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton size="small" appearance="secondary" disabled={busy} aria-label={t('myTasks.snoozeNamed', { name })} data-testid="snooze">
          {busy ? t('myTasks.snoozing') : t('myTasks.snooze')}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList ref={listRef}>
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
