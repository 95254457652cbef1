/** A key or alt collision the database itself refused. */
export class UniqueViolation extends Error {
}
/**
 * The store cannot be reached (a database server down, refusing, or not answering in time). The
 * control plane answers 503 ServiceUnavailableException; nothing was written.
 */
export class StoreUnavailable extends Error {
}
/**
 * The database holds migrations this Tollgate does not know: a newer version wrote it. It is not
 * opened (an older node must not write a schema it does not understand); upgrade this node.
 */
export class SchemaTooNew extends Error {
}
//# sourceMappingURL=store.js.map