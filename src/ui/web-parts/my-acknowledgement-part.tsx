import * as React from 'react';
import { z } from 'zod';
import type { WebPartDefinition } from '../shell/web-part-definition';
import { acknowledgement } from '../../i18n/sv/acknowledgement';
import { messagePack } from '../../i18n/message-pack';

/** Loaded when the part is shown: the document's text, the form and the receipt stay out of the page bundle's start (HELPERS: small bundles). */
const MyAcknowledgement = React.lazy(() => import(/* webpackChunkName: 'tillit-my-acknowledgement' */ '../acknowledgement/my-acknowledgement').then((module) => ({ default: module.MyAcknowledgement })));

/** "Min bekräftelse" has no settings: it always shows the signed-in person's own documents (R-ACK). */
const myAcknowledgementProperties = z.object({}).passthrough();

export const myAcknowledgementPart: WebPartDefinition<z.infer<typeof myAcknowledgementProperties>> = {
  key: 'my-acknowledgement',
  messages: messagePack({ acknowledgement }),
  properties: myAcknowledgementProperties,
  render: (environment) => (
    <React.Suspense fallback={null}>
      <MyAcknowledgement services={environment.services} locale={environment.locale} />
    </React.Suspense>
  )
};
