import type * as React from 'react';
import type { ZodType, ZodTypeDef } from 'zod';
import type { Locale } from '../../domain/shared/localized-text';
import type { MessagePack } from '../../i18n/message-pack';
import type { TillitTheme } from './tillit-provider';
import type { WebPartServices } from './web-part-services';

/** What a host (an SPFx shell or the workbench) hands a web part: the language, the theme and the services. */
export interface WebPartEnvironment {
  readonly locale: Locale;
  readonly theme: TillitTheme;
  readonly services: WebPartServices;
}

/**
 * One web part as both hosts mount it. `properties` are the property pane's values (validated: a
 * page can hold values saved by an older version of the web part); `render` maps them and the
 * environment to the component's props — the mapping the shell's render() used to hold.
 */
export interface WebPartDefinition<Properties> {
  /** The folder name under webparts/ and the workbench's `part` parameter. */
  readonly key: string;
  readonly properties: ZodType<Properties, ZodTypeDef, unknown>;
  /** The messages the part shows: its host installs them before the first render (installMessagePack). */
  readonly messages: MessagePack;
  render(environment: WebPartEnvironment, properties: Properties): React.ReactElement;
}
