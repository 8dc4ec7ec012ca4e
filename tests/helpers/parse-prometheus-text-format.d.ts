// The package ships no types; tests/helpers/prometheus-text.ts gives its output a shape.
declare module "parse-prometheus-text-format" {
  export default function parsePrometheusTextFormat(text: string): unknown;
}
