/** A request validator of a REST API. */
export {};
