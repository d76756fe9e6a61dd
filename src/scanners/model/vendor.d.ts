/** Types for the JavaScript-only decoders the model scanner uses. */
declare module 'seek-bzip' {
  const Bunzip: {
    decode(input: Uint8Array, output?: { writeByte(b: number): void } | number | Uint8Array, multistream?: boolean): Buffer
  }
  export default Bunzip
}
