/** A Java exception surfacing from a template method (Velocity's MethodInvocationException) or a Java regex. */
export class JavaException extends Error {
}
