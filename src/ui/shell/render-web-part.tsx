import * as React from 'react';
import * as ReactDom from 'react-dom';
import { parseOrThrow } from '../../domain/shared/validation';
import { TillitProvider } from './tillit-provider';
import type { WebPartDefinition, WebPartEnvironment } from './web-part-definition';

/**
 * Mounts a web part into its element: the one render path of the SPFx shells and the workbench,
 * so that what the workbench shows is what a SharePoint page shows.
 */
export function renderWebPart<Properties>(
  element: HTMLElement,
  part: WebPartDefinition<Properties>,
  environment: WebPartEnvironment,
  properties: unknown
): void {
  const validProperties = parseOrThrow(part.properties, properties, `The properties of the web part ${part.key}`);
  ReactDom.render(
    <TillitProvider locale={environment.locale} theme={environment.theme}>
      {part.render(environment, validProperties)}
    </TillitProvider>,
    element
  );
}

export function unmountWebPart(element: HTMLElement): void {
  ReactDom.unmountComponentAtNode(element);
}
