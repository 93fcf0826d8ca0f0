import type { z, ZodType, ZodTypeAny, ZodTypeDef } from 'zod';
import type { ListSchema } from '../lists/list-schema';
import { itemQuery, type ItemQuery } from './item-query';
import { DEFAULT_MAPPING_CONTEXT, type ItemFields, type MappingContext, type PeopleResolver, type SharePointItem } from './sharepoint-item';

/**
 * What a mapper hands to validation: every field of the domain's input named (a forgotten field is
 * a compile error), each value as read, not yet trusted.
 */
export type RawRecord<Input> = { [K in keyof Input]-?: unknown };

/** One list's mapping between SharePoint items and domain records (DESIGN.md habit 2: one adapter per list). */
export interface ListMapper<TRecord> {
  readonly list: ListSchema;
  /** The domain schema that validates what toDomain returns (screenItems, screenRecords). */
  readonly schema: ZodType<TRecord, ZodTypeDef, unknown>;
  /** `$select`/`$expand` for reading items of this list. */
  readonly query: ItemQuery;
  /** The raw domain input read from an item; never throws, so a malformed item is reported, not thrown. */
  toDomain(item: SharePointItem, context?: MappingContext): Readonly<Record<string, unknown>>;
  /** The add/update payload for a valid record; every column of the list, null where empty. */
  toFields(record: TRecord, people: PeopleResolver, context?: MappingContext): ItemFields;
  /**
   * The record's natural write key, when it has one (lists/write-key.ts): adding the same record
   * twice then finds the first instead of writing a second. Without it, each add gets a random key.
   */
  writeKeyOf?(record: TRecord): string;
}

interface MapperDefinition<S extends ZodTypeAny> {
  readonly list: ListSchema;
  readonly schema: S;
  /** Built-in person columns the mapper reads, such as Author (the signing account). */
  readonly systemPeople?: readonly string[];
  readonly toDomain: (item: SharePointItem, context: MappingContext) => RawRecord<z.input<S>>;
  readonly toFields: (record: z.output<S>, people: PeopleResolver, context: MappingContext) => ItemFields;
  readonly writeKeyOf?: (record: z.output<S>) => string;
}

/** Builds a ListMapper: derives its query from the list schema and supplies the default site time zone. */
export function defineMapper<S extends ZodTypeAny>(definition: MapperDefinition<S>): ListMapper<z.output<S>> {
  return {
    list: definition.list,
    schema: definition.schema as ZodType<z.output<S>, ZodTypeDef, unknown>,
    query: itemQuery(definition.list, definition.systemPeople),
    toDomain: (item, context = DEFAULT_MAPPING_CONTEXT) => definition.toDomain(item, context),
    toFields: (record, people, context = DEFAULT_MAPPING_CONTEXT) => definition.toFields(record, people, context),
    ...(definition.writeKeyOf === undefined ? {} : { writeKeyOf: definition.writeKeyOf })
  };
}
