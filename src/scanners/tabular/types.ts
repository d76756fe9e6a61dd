/** What every tabular reader yields: records in batches, with the file line each record starts on. */

/** A cell as read: strings from CSV, JSON values from JSON Lines, typed values from Parquet. */
export type Cell = string | number | boolean | bigint | null | Date | object

export interface TabularRecord {
  /** 1-based data row number (the header is not a row). */
  row: number
  /** 1-based file line the record starts on (null for Parquet, which has no lines). */
  line: number | null
  /** Column names of this record. CSV shares the header array between records. */
  keys: readonly string[]
  values: Cell[]
  /** Set when the record is malformed (ragged row, invalid JSON...): the record is reported and not used. */
  problem?: { rule: 'ragged-row' | 'invalid-json' | 'not-an-object' | 'unterminated-quote'; message: string }
}

export interface ReadOptions {
  /** Field delimiter for CSV (default: tab for .tsv/.tab, else comma). */
  delimiter?: string
  /** Stop reading after this many bytes (a hostile file cannot exhaust the runner); exceeding is an error. */
  maxBytes?: number
  signal?: AbortSignal
  /** Records per batch (default 4096). */
  batchSize?: number
}

export type TabularFormat = 'csv' | 'tsv' | 'jsonl' | 'parquet'

/** Input that cannot be read any further (bad encoding, truncated Parquet, over the size limit). */
export class TabularError extends Error {
  readonly line: number | null
  constructor(message: string, line: number | null) {
    super(message)
    this.name = 'TabularError'
    this.line = line
  }
}
