import * as React from 'react';
import type { ItemPage } from '../../sharepoint/repositories/list-page-reader';
import type { ListAbilities } from '../../sharepoint/repositories/list-permissions-reader';
import type { ItemStatus, RegisterDefinition, StatusContext } from './register-definition';

export interface PageQuery {
  readonly viewKey: string;
  readonly sort: { readonly field: string; readonly descending: boolean };
  readonly search: string;
}

export interface RegisterPageState<T> {
  readonly page: ItemPage<T> | undefined;
  readonly statuses: ReadonlyMap<string, ItemStatus>;
  readonly abilities: ListAbilities | undefined;
  readonly loading: boolean;
  readonly error: unknown;
  /** 1-based, for "page 2". */
  readonly pageNumber: number;
  readonly hasPrevious: boolean;
  next(): void;
  previous(): void;
  reload(): void;
}

/**
 * One page of a register at a time (never the whole list): the tokens of the pages before are kept
 * so "previous" re-reads the page it left; a new query starts from the first page.
 */
export function useRegisterPage<T>(definition: RegisterDefinition<T>, query: PageQuery, context: StatusContext): RegisterPageState<T> {
  const [tokens, setTokens] = React.useState<Array<string | undefined>>([undefined]);
  const [page, setPage] = React.useState<ItemPage<T>>();
  const [statuses, setStatuses] = React.useState<ReadonlyMap<string, ItemStatus>>(new Map());
  const [abilities, setAbilities] = React.useState<ListAbilities>();
  const [loading, setLoading] = React.useState(true);
  const [error, setError] = React.useState<unknown>();
  const [generation, setGeneration] = React.useState(0);
  const repository = definition.repository(context.registers);

  React.useEffect(() => setTokens([undefined]), [definition, query.viewKey, query.sort, query.search]);

  React.useEffect(() => {
    let current = true;
    repository.abilities().then(
      (read) => current && setAbilities(read),
      (failure: unknown) => current && setError(failure)
    );
    return () => {
      current = false;
    };
  }, [repository]);

  const token = tokens[tokens.length - 1];
  React.useEffect(() => {
    let current = true;
    setLoading(true);
    setError(undefined);
    const view = definition.views.find((candidate) => candidate.key === query.viewKey) ?? definition.views[0];
    (async () => {
      const read = await repository.readPage({
        filter: view.filter(context.today, context.config),
        orderBy: query.sort,
        titleSearch: query.search.trim() === '' ? undefined : { text: query.search, mode: 'substringof' },
        pageToken: token
      });
      const readStatuses = await definition.statuses(read.items, context);
      if (!current) return;
      setPage(read);
      setStatuses(readStatuses);
    })().then(
      () => current && setLoading(false),
      (failure: unknown) => {
        if (!current) return;
        setError(failure);
        setLoading(false);
      }
    );
    return () => {
      current = false;
    };
    // The context's translator changes with the language; statuses are re-read then too.
  }, [definition, repository, query.viewKey, query.sort, query.search, token, generation, context]);

  return {
    page,
    statuses,
    abilities,
    loading,
    error,
    pageNumber: tokens.length,
    hasPrevious: tokens.length > 1,
    next: () => {
      if (page?.nextPageToken !== undefined) setTokens([...tokens, page.nextPageToken]);
    },
    previous: () => setTokens(tokens.length > 1 ? tokens.slice(0, -1) : tokens),
    reload: () => setGeneration(generation + 1)
  };
}
