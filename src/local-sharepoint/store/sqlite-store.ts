import type Database from 'better-sqlite3';

/**
 * The SQLite plumbing every part of the site's storage shares: one connection, prepared
 * statements kept by SQL text, one transaction per request, and the site's key/value metadata.
 * The storage is layered (SqliteStore → SecurityStore → SiteStore) so that each file keeps one
 * concept while callers keep one `SiteStore` to talk to.
 */
export abstract class SqliteStore {
  protected readonly db: Database.Database;
  /** Prepared statements by SQL text: preparing is the largest cost of a small request otherwise. */
  private readonly statements = new Map<string, Database.Statement>();

  /** One transaction wrapper for every request: better-sqlite3 builds a new one (five functions) per `db.transaction` call. */
  private readonly inTransaction: (work: () => unknown) => unknown;

  protected constructor(db: Database.Database) {
    this.db = db;
    this.inTransaction = db.transaction((work: () => unknown) => work());
  }

  protected stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (statement === undefined) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  public close(): void {
    this.db.close();
  }

  /** Runs `work` atomically: all of a request's writes land, or none. */
  public transaction<T>(work: () => T): T {
    try {
      return this.inTransaction(work) as T;
    } catch (error) {
      this.afterRollback();
      throw error;
    }
  }

  /** Drops what a layer cached during work that was rolled back. */
  protected afterRollback(): void {
    // Nothing cached at this layer.
  }

  public meta(key: string): string | undefined {
    return (this.stmt('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  }

  public setMeta(key: string, value: string): void {
    this.stmt('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  public deleteMeta(key: string): void {
    this.stmt('DELETE FROM meta WHERE key = ?').run(key);
  }
}
