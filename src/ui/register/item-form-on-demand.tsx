import * as React from 'react';
import { Spinner } from '@fluentui/react-components';
import type { Translate } from '../../i18n/translator';
import type { ItemFormProps } from './item-form';
import type { NewItemFormProps } from './new-item-form';

/**
 * The item forms (dialog, fields, conflict merge) are fetched when a person first opens or adds an
 * item: most visits only read the grid, and the forms are a large share of the web part's bundle
 * (issue 7 aims at 150 KB gzipped per web part). SPFx's webpack and esbuild both split here.
 */
const LazyItemForm = React.lazy(async () => {
  const { ItemForm } = await import(/* webpackChunkName: 'tillit-register-forms' */ './item-form');
  return { default: ItemForm as React.ComponentType<ItemFormProps<unknown>> };
});

const LazyNewItemForm = React.lazy(async () => {
  const { NewItemForm } = await import(/* webpackChunkName: 'tillit-register-forms' */ './new-item-form');
  return { default: NewItemForm as React.ComponentType<NewItemFormProps<unknown>> };
});

function Opening({ t }: { readonly t: Translate }): JSX.Element {
  return <Spinner size="small" label={t('register.openingForm')} data-testid="register-form-loading" />;
}

export function ItemFormOnDemand<T>(props: ItemFormProps<T>): JSX.Element {
  return (
    <React.Suspense fallback={<Opening t={props.t} />}>
      <LazyItemForm {...(props as ItemFormProps<unknown>)} />
    </React.Suspense>
  );
}

export function NewItemFormOnDemand<T>(props: NewItemFormProps<T>): JSX.Element {
  return (
    <React.Suspense fallback={<Opening t={props.t} />}>
      <LazyNewItemForm {...(props as NewItemFormProps<unknown>)} />
    </React.Suspense>
  );
}
