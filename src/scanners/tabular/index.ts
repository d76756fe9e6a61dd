/** Opens a dataset by format (from the extension unless given) and yields its records in batches. */
import path from 'node:path'
import { readCsv } from './csv.js'
import { readJsonl } from './jsonl.js'
import { readParquet } from './parquet.js'
import { TabularError, type ReadOptions, type TabularFormat, type TabularRecord } from './types.js'

export * from './types.js'
export { CsvParser, csvHeader, csvProblem, fieldTexts, splitFields, readCsv, readCsvHeader, scanCsv, type CsvSink, type CsvScanOptions } from './csv.js'
export { readJsonl } from './jsonl.js'
export { readParquet } from './parquet.js'

export function formatOf(file: string, explicit?: TabularFormat): TabularFormat {
  if (explicit) return explicit
  const ext = path.extname(file).toLowerCase()
  if (ext === '.csv') return 'csv'
  if (ext === '.tsv' || ext === '.tab') return 'tsv'
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl'
  if (ext === '.parquet' || ext === '.pq') return 'parquet'
  throw new TabularError(`cannot tell the format of ${path.basename(file)} from its extension: set format: csv, tsv, jsonl or parquet`, null)
}

export function readTable(file: string, format: TabularFormat, opts: ReadOptions = {}): AsyncGenerator<TabularRecord[]> {
  switch (format) {
    case 'csv':
      return readCsv(file, opts, ',')
    case 'tsv':
      return readCsv(file, opts, '\t')
    case 'jsonl':
      return readJsonl(file, opts)
    case 'parquet':
      return readParquet(file, opts)
  }
}
