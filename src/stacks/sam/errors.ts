/**
 * The SAM transform's refusals, worded as AWS's translator words them: every error of the template at once,
 * "Invalid Serverless Application Specification document. Number of errors found: N. Resource with id [X] is
 * invalid. …" (the `errorMessage` of tests/translator/output/error_*.json in
 * https://github.com/aws/serverless-application-model, e.g. error_api_invalid_auth.json).
 */
import { TemplateError } from '../sources/errors.js';

export class SamErrors {
  private readonly messages: string[] = [];

  resource(id: string, message: string): void {
    this.messages.push(`Resource with id [${id}] is invalid. ${message}`);
  }

  event(id: string, message: string): void {
    this.messages.push(`Event with id [${id}] is invalid. ${message}`);
  }

  /** Throws one TemplateError carrying every error found, if any. */
  throwIfAny(): void {
    if (this.messages.length === 0) return;
    throw new TemplateError(
      `Invalid Serverless Application Specification document. Number of errors found: ${this.messages.length}. ${this.messages.join(' ')}`,
    );
  }
}
