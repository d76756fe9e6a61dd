/** One line of the `npm run bench` table: our measurement against a reference measured in the same run. */
export interface BenchRow {
  name: string
  ours: number
  reference: number
  unit: string
  ratio: number
  target: string
}
