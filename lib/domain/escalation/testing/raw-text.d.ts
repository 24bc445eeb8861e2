/** A data file imported as its text (Vite's "?raw" suffix), as the mood measurement reads mood-set.jsonl. */
declare module "*.jsonl?raw" {
  const text: string;
  export default text;
}
