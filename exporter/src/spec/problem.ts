/**
 * The one problem shape of the product: where (`path`) and what (`message`). A spec problem's path is a
 * JSON pointer into the spec (`/nodes/3/children/1/weight`); a request problem's is a JSON path into the
 * body (`[3].features.amount`), a parameter (`:model`) or `` for the whole body. Loaders, ingest, the
 * HTTP API's `details` and the CLI all report lists of these.
 */
export interface Problem {
  path: string;
  message: string;
}
