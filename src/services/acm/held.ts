/**
 * The certificates ACM answers for in a region: those imported (the store, Kind.acmCertificate) and those configured
 * with `--certificate` (read-only, Type IMPORTED as at ACM, where an operator's own certificate would be imported),
 * by ARN; and the domain names that use one (DescribeCertificate's InUseBy).
 */
import { readFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { certificateFacts, parseCertificateArn, type Certificate, type CertificateFacts } from '../../domain/certificate.js';
import type { DomainName } from '../../domain/domain-name.js';
import { Kind } from '../../domain/kinds.js';
import type { StoreReader } from '../../store/store.js';
import type { AcmContext } from './context.js';
import { certificateNotFound, invalidArn } from './errors.js';

/** A certificate as the handlers see it, wherever it is kept. */
export interface Held extends Certificate {
  /** Given with --certificate: never written through the API. */
  configured: boolean;
  facts: CertificateFacts;
  /** The store's sequence (creation order); configured ones come first. */
  seq: number;
}

function withFacts(c: Certificate, configured: boolean, seq: number): Held | undefined {
  try {
    return { ...c, configured, seq, facts: certificateFacts(new X509Certificate(c.certificate)) };
  } catch {
    return undefined; // a configured file that is not (or no longer) a certificate: the TLS listener logs it
  }
}

/** The --certificate certificates of the request's region (the ARN's), read now. */
function configured(ctx: AcmContext): Held[] {
  const out: Held[] = [];
  for (const [arn, pair] of Object.entries(ctx.acm.configured)) {
    if (parseCertificateArn(arn)?.region !== ctx.region) continue;
    try {
      const c = { certificateArn: arn, certificate: readFileSync(pair.cert, 'utf8'), privateKey: readFileSync(pair.key, 'utf8'), importedAt: 0, tags: [] };
      const held = withFacts(c, true, 0);
      if (held) out.push(held);
    } catch {
      // unreadable now: as absent (the listener refused to start on it, or it went away since)
    }
  }
  return out;
}

/** Every certificate of the request's region: the configured ones first, then the imported in import order. */
export async function allHeld(ctx: AcmContext): Promise<Held[]> {
  const rows = await ctx.store.list<Certificate>(Kind.acmCertificate, ctx.region);
  return [...configured(ctx), ...rows.map((r) => withFacts(r.body, false, r.seq)).filter((h): h is Held => h !== undefined)];
}

/** The certificate an ARN names in the request's region; InvalidArnException / ResourceNotFoundException otherwise. */
export async function heldOrThrow(ctx: AcmContext, arn: string, reader: StoreReader = ctx.store): Promise<Held> {
  const parsed = parseCertificateArn(arn);
  if (!parsed) throw invalidArn(arn);
  const own = configured(ctx).find((c) => c.certificateArn === arn);
  if (own) return own;
  const body = parsed.region === ctx.region ? await reader.get<Certificate>(Kind.acmCertificate, ctx.region, parsed.id) : undefined;
  const held = body && withFacts(body, false, 0);
  if (!held) throw certificateNotFound(arn);
  return held;
}

/**
 * The ARNs of the domain names of the certificate's region whose certificateArn or regionalCertificateArn is `arn`
 * (ACM certificates are regional: a domain name uses one of its own region's, an EDGE one us-east-1's).
 */
export async function inUseBy(reader: StoreReader, region: string, arn: string): Promise<string[]> {
  const domains = await reader.list<DomainName>(Kind.domainName, region);
  return domains.filter((d) => d.body.certificateArn === arn || d.body.regionalCertificateArn === arn).map((d) => d.body.domainNameArn);
}
