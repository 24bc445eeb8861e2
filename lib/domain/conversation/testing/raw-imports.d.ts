/** The labelled extraction sets are read by the tests as text through the bundler's `?raw` import. */
declare module "*.jsonl?raw" {
  const text: string;
  export default text;
}
