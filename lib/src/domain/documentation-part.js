/** A documentation part of a REST API, and where in the API it documents. */
export {};
